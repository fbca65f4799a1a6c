<#import "lib.ftl" as lib>
<chapter id="kap06" title="Pilotlänet">
<#assign pilot = d.pilotMunicipalities()>
<#assign cluster = d.pilotCluster()!>
<h1>Pilotlänet</h1>
<#if pilot?has_content>
<p>Ett län har under etappen prövat en fördjupad regional samverkan mellan kommunerna och länets aktörer. I pilotlänet deltar ${pilot?size} kommuner: <#list pilot as m>${m.name()}<#sep>, </#list>.</p>
<h2>Pilotlänets kommuner jämfört med samtliga</h2>
<#assign singles = d.questionsIn("5.1", "single")>
<#if cluster?has_content && singles?has_content>
<p><ref to="tabell-pilot"/> jämför svaren från klustret ${cluster} med svaren från samtliga kommuner för frågorna om energi- och klimatstrategier.</p>
<table id="tabell-pilot" caption="Andel kommuner som svarat det första svarsalternativet, klustret ${cluster} och samtliga svarande." widths="5,1,1">
<tr><th>Fråga och svar</th><th>${cluster}</th><th>Samtliga</th></tr>
<#list singles as q>
<#assign opt = d.options(q.code())?first>
<tr><td>${q.text()} – ${opt}</td><td>${d.fmt().pct((d.share(q.code(), cluster, opt).percent())!0)}</td><td>${d.fmt().pct((d.share(q.code(), d.all(), opt).percent())!0)}</td></tr>
</#list>
</table>
</#if>
<#else>
<p>Inga kommuner är markerade som pilotlän i kommunförteckningen.</p>
</#if>
</chapter>
