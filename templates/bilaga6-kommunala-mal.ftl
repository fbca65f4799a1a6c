<chapter id="bilaga6" title="Mål i kommunernas energi- och klimatstrategier">
<h1>Bilaga 6. Mål i kommunernas energi- och klimatstrategier</h1>
<p>Bilagan sammanställer målen i kommunernas energi- och klimatstrategier, sorterade som kWh-mål, procentmål, koldioxidmål och övriga mål. Sammanställningen redovisas när strategidokumenten har lästs in.</p>
</chapter>
