<chapter id="bilaga4" title="Kommunernas bästa exempel">
<h1>Kommunernas bästa exempel</h1>
<p>Kommunernas egna beskrivningar av sitt bästa exempel under programperioden, en rad per kommun i bokstavsordning. Svaren återges som kommunerna skrev dem; kommuner som inte svarat på frågan står med ”(inget svar)”.</p>
<#list d.questionsIn("Bilaga 4", "text") as q>
<#assign answers = d.openAnswersOfAll(q.code())>
<table id="tabell-basta-exempel<#if q?index gt 0>-${q?index}</#if>" caption="${q.text()}" widths="1,4">
<tr><th>Kommun</th><th>Svar</th></tr>
<#list answers as a><tr><td>${a.municipality()}</td><td>${a.text()?has_content?then(a.text(), "(inget svar)")}</td></tr></#list>
</table>
</#list>
</chapter>
