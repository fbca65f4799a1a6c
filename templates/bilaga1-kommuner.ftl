<chapter id="bilaga1" title="Deltagande kommuner och klusterindelning">
<h1>Deltagande kommuner och klusterindelning</h1>
<p>I programmet deltar ${d.municipalities()} kommuner i ${d.clusters()?size} kluster. Kommuner med rollen mentor (nestor) och kommuner i pilotlänet är markerade.</p>
<table id="tabell-kommuner" caption="Deltagande kommuner per kluster." widths="6,6,3,2,2">
<tr><th>Kluster</th><th>Kommun</th><th>Kommunkod</th><th>Nestor</th><th>Pilotlän</th></tr>
<#list d.municipalityList() as m><tr><td>${m.cluster()}</td><td>${m.name()}</td><td>${m.code()}</td><td>${m.mentor()?then("ja", "")}</td><td>${m.pilotCounty()?then("ja", "")}</td></tr></#list>
</table>
</chapter>
