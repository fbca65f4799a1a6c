<chapter id="kap04" title="Programmet">
<h1>Programmet ${d.meta().period()}</h1>
<p>Under perioden ${d.meta().period()} har ${d.municipalities()} kommuner deltagit. Kommunerna har åtagit sig att ta fram en energi- och klimatstrategi, att avsätta resurser för arbetet och att delta i klustrets och programmets gemensamma aktiviteter. Myndigheten har bidragit med samordning, kunskapsunderlag och mötesplatser.</p>
<h2>Klustren</h2>
<p>Kommunerna är indelade i ${d.clusters()?size} kluster efter geografi eller likartade förutsättningar. Varje kluster har en samordnare. Indelningen redovisas i bilaga 1.</p>
<ul>
<#list d.clusters() as c>
<li>${c}: ${d.members(c)?size} kommuner</li>
</#list>
</ul>
<h2>Målet med etappen</h2>
<p>Målet har varit att kommunerna ska effektivisera sin energianvändning, öka andelen förnybar energi och bygga upp ett arbetssätt som fortsätter när programmet är slut.</p>
</chapter>
