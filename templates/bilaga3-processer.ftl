<chapter id="bilaga3" title="Processer och projekt som startats">
<h1>Processer och projekt som startats</h1>
<p>Kommunernas egna beskrivningar av processer och projekt som startats tack vare deltagandet i programmet, en rad per kommun i bokstavsordning. Svaren återges som kommunerna skrev dem; kommuner som inte svarat på frågan står med ”(inget svar)”. Bilagan återger också alla svar om kommunernas styrkor, svagheter, möjligheter och hot.</p>
<#list d.questionsIn("Bilaga 3", "text") as q>
<#assign answers = d.openAnswersOfAll(q.code())>
<table id="tabell-processer<#if q?index gt 0>-${q?index}</#if>" caption="${q.text()}" widths="1,4">
<tr><th>Kommun</th><th>Svar</th></tr>
<#list answers as a><tr><td>${a.municipality()}</td><td>${a.text()?has_content?then(a.text(), "(inget svar)")}</td></tr></#list>
</table>
</#list>
<#assign swot = d.questionsIn("10.1", "text")>
<#if swot?has_content>
<h2>Styrkor, svagheter, möjligheter och hot</h2>
<p>Här återges samtliga svar på enkätens frågor om kommunernas styrkor, svagheter, möjligheter och hot i energi- och klimatarbetet, som kapitel 10 citerar ett urval ur. Varje fråga har en egen tabell med de kommuner som har svarat, i bokstavsordning.</p>
<#list swot as q>
<#assign answers = d.openAnswers(q.code())>
<table id="tabell-svar-${q.code()}" caption="${q.text()} Samtliga ${answers?size} svar." widths="1,4">
<tr><th>Kommun</th><th>Svar</th></tr>
<#list answers as a><tr><td>${a.municipality()}</td><td>${a.text()}</td></tr></#list>
</table>
</#list>
</#if>
</chapter>
