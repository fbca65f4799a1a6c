<chapter id="bilaga4" title="Kommunernas bästa exempel">
<h1>Bilaga 4. Kommunernas bästa exempel</h1>
<p>Kommunernas egna beskrivningar av sitt bästa exempel under programperioden, en rad per kommun i bokstavsordning. Svaren återges som kommunerna skrev dem.</p>
<#list d.questionsIn("Bilaga 4", "text") as q>
<#assign answers = d.openAnswers(q.code())>
<table id="tabell-basta-exempel<#if q?index gt 0>-${q?index}</#if>" caption="${q.text()}" landscape="true" numeric="ll" widths="1,5">
<tr><th>Kommun</th><th>Svar</th></tr>
<#list answers as a><tr><td>${a.municipality()}</td><td>${a.text()}</td></tr></#list>
</table>
</#list>
</chapter>
