<#import "lib.ftl" as lib>
<chapter id="kap05" title="Kommunernas arbete och åtaganden">
<h1>5 Kommunernas arbete och åtaganden</h1>
<p>Kapitlet bygger på enkätsvaren från ${d.respondents()} av ${d.municipalities()} kommuner.</p>
<h2>5.1 Energi- och klimatstrategier</h2>
<#assign statusQ = d.firstQuestionOfType("5.1", "single")!>
<#assign yearQ = d.firstQuestionOfType("5.1", "number")!>
<#if statusQ?has_content && yearQ?has_content>
<#assign cross = d.crossTab(statusQ, yearQ)>
<#if cross?has_content>
<p>Att ta fram och förankra en energi- och klimatstrategi ingår i kommunernas åtaganden. <ref to="tabell-strategi-ar"/> visar hur långt kommunerna har kommit och vilket år strategin fastställdes eller planeras bli fastställd.</p>
<table id="tabell-strategi-ar" caption="${d.question(statusQ).text()} Antal kommuner per år för fastställande eller planerat fastställande." numeric="llr" widths="4,1,1">
<tr><th>Status</th><th>År</th><th>Antal kommuner</th></tr>
<#list cross as c><tr><td>${c.option()}</td><td>${d.fmt().raw(c.number())}</td><td>${c.count()}</td></tr></#list>
</table>
</#if>
</#if>
<#list d.questionsIn("5.1", "single") as q>
<#if q?index gt 0>
<p>${q.text()} <#list d.shares(q.code(), d.all()) as s>${s.option()}: ${s.count()} av ${s.base()} (${d.fmt().pct(s.percent()!0)})<#sep>; </#list>.</p>
</#if>
</#list>
<h2>5.2 Organisation och resurser</h2>
<p>Programmets förankring i kommunens organisation är en förutsättning för att arbetet ska leva vidare. Figurerna nedan visar var programmet är förankrat och hur kommunerna bedömer förankringen.</p>
<@lib.questionFigures section="5.2"/>
<#list d.questionsIn("5.2", "number") as q>
<#assign n = d.number(q.code(), d.all())>
<#if n.n() gt 0>
<p>${q.text()} Medianen bland de ${n.n()} kommuner som angett ett tal är ${d.fmt().num(n.median())}<#if q.unit()?has_content> ${q.unit()}</#if>; svaren varierar mellan ${d.fmt().num(n.min())} och ${d.fmt().num(n.max())}.</p>
</#if>
</#list>
<h2>5.3 Goda exempel</h2>
<p>Programmet har samlat och spridit goda exempel från kommunerna. Enkäten frågade vilka exempel kommunerna redan har hämtat inspiration från och vilka de tänker använda framöver.</p>
<#list d.questionsIn("5.3", "multi") as q>
<p>${q.text()} ${d.anyTicked(q.code())} kommuner har markerat minst ett exempel.</p>
<@lib.sharesFigure q=q.code()/>
</#list>
<#list d.questionsIn("5.3", "single,scale") as q>
<@lib.clusterFigureWithText q=q.code()/>
</#list>
</chapter>
