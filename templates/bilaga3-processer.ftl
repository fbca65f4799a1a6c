<chapter id="bilaga3" title="Processer och projekt som startats">
<h1>Processer och projekt som startats</h1>
<p>Kommunernas egna beskrivningar av processer och projekt som startats tack vare deltagandet i programmet, en rad per kommun i bokstavsordning. Svaren återges som kommunerna skrev dem; kommuner som inte svarat på frågan står med ”(inget svar)”.</p>
<#list d.questionsIn("Bilaga 3", "text") as q>
<#assign answers = d.openAnswersOfAll(q.code())>
<table id="tabell-processer<#if q?index gt 0>-${q?index}</#if>" caption="${q.text()}" numeric="ll" widths="1,4">
<tr><th>Kommun</th><th>Svar</th></tr>
<#list answers as a><tr><td>${a.municipality()}</td><td>${a.text()?has_content?then(a.text(), "(inget svar)")}</td></tr></#list>
</table>
</#list>
</chapter>
