<chapter id="kap11" title="Forskning">
<h1>Forskning</h1>
<p>Parallellt med programmet har ett forskningsprogram finansierat projekt om hur kommuner kan ställa om till ett hållbart energisystem: styrning, planering, samverkan mellan aktörer och hur energifrågor kan integreras i stadsutvecklingen.</p>
<h2>Forskningens roll i programmet</h2>
<p>Forskarna har deltagit i programmets möten och bidragit med kunskapsunderlag. Resultaten sprids till kommunerna genom seminarier och rapporter.</p>
</chapter>
