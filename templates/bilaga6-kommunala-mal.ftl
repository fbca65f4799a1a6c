<chapter id="bilaga6" title="Mål i kommunernas energi- och klimatstrategier">
<h1>Mål i kommunernas energi- och klimatstrategier</h1>
<#assign rows = d.targetRows()>
<p>Bilagan sammanställer de mål som står i kommunernas energi- och klimatstrategier. ${d.strategyCount()} kommuner har lämnat in en strategi, och i dem finns ${d.targetCount()} mål. Målen är sorterade i fyra grupper: mål uttryckta i energienheter (kWh-mål), mål om en procentuell förändring av energianvändningen (procentmål), mål för utsläpp av koldioxid och andra växthusgaser (CO2-mål) samt övriga mål, till exempel om förnybar energi och fordon. Perioden är den tid strategin säger sig gälla. Varje mål finns också med sina tolkade delar – procentsats, riktning, basår, målår och omfattning – i datafilerna mal.csv och mal.xlsx.</p>
<#if rows?has_content>
<table id="tabell-kommunala-mal" caption="Mål i kommunernas energi- och klimatstrategier per kommun." landscape="true" widths="3,5,5,5,5,2">
<tr><th>Kommun</th><th>kWh-mål</th><th>Procentmål</th><th>CO2-mål</th><th>Övriga mål</th><th>Period</th></tr>
<#list rows as r><tr><td>${r.municipality()}</td><td><#list r.kwh() as t>${t}<#sep><br/></#list></td><td><#list r.percent() as t>${t}<#sep><br/></#list></td><td><#list r.co2() as t>${t}<#sep><br/></#list></td><td><#list r.other() as t>${t}<#sep><br/></#list></td><td>${r.validity()}</td></tr></#list>
</table>
<#else>
<p>Inga strategidokument har lästs in.</p>
</#if>
</chapter>
