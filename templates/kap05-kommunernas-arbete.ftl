<#import "lib.ftl" as lib>
<chapter id="kap05" title="Kommunernas arbete och åtaganden">
<h1>Kommunernas arbete och åtaganden</h1>
<p>Kapitlet bygger på enkätsvaren från ${d.respondents()} av ${d.municipalities()} kommuner.</p>
<h2>Energi- och klimatstrategier</h2>
<#assign statusQ = d.firstQuestionOfType("5.1", "single")!>
<#assign yearQ = d.firstQuestionOfType("5.1", "number")!>
<#if statusQ?has_content && yearQ?has_content>
<#assign cross = d.crossTab(statusQ, yearQ)>
<#if cross?has_content>
<p>Att ta fram och förankra en energi- och klimatstrategi ingår i kommunernas åtaganden. <ref to="tabell-strategi-ar"/> visar hur långt kommunerna har kommit och vilket år strategin fastställdes eller planeras bli fastställd.</p>
<#-- numeric kept: the year column groups the rows and stays left-aligned, only the count is an amount. -->
<table id="tabell-strategi-ar" caption="${d.question(statusQ).text()} Antal kommuner per år för fastställande eller planerat fastställande." numeric="llr" widths="4,1,1">
<tr><th>Status</th><th>År</th><th>Antal kommuner</th></tr>
<#list cross as c><tr><td>${c.option()}</td><td>${d.fmt().raw(c.number())}</td><td>${c.count()}</td></tr></#list>
</table>
</#if>
</#if>
<#if statusQ?has_content && d.comparedYears(statusQ)?size gt 1>
<#assign years = d.comparedYears(statusQ)>
<#assign first = d.options(statusQ)?first>
<p>Samma fråga har ställts i enkäterna ${years?first?c}–${years?last?c}. Antalet kommuner som svarar ”${first}” har utvecklats så här: <#list years as y><#assign s = d.shareIn(statusQ, d.all(), first, y)!><#if s?has_content>${y?c} ${s.count()} av ${s.base()} svarande (${d.fmt().pct(s.percent()!0)})<#else>${y?c} –</#if><#sep>, </#list>. Utvecklingen för alla svarsalternativ syns i <ref to="figur-ar-${statusQ}"/>.</p>
<@lib.yearsFigure q=statusQ/>
</#if>
<#-- The other single questions of the section: one table when they share their options (Ja/Nej), else a sentence each. -->
<#assign others = d.questionsIn("5.1", "single")?filter(q -> q.code() != statusQ!"")>
<#assign sameOptions = others?has_content && others?filter(q -> d.options(q.code())?join("|") == d.options(others?first.code())?join("|"))?size == others?size>
<#if sameOptions && others?size gt 1>
<#assign opts = d.options(others?first.code())>
<p>Enkäten frågade också vad strategierna omfattar och hur de används; <ref to="tabell-strategiernas-omfattning"/> sammanfattar svaren.</p>
<table id="tabell-strategiernas-omfattning" caption="Vad strategierna omfattar och hur de används. Antal och andel av de kommuner som besvarat respektive fråga." widths="6<#list opts as o>,2</#list>,2">
<tr><th>Fråga</th><#list opts as o><th>${o}</th></#list><th>Svarande</th></tr>
<#list others as q>
<tr><td>${q.text()}</td><#list opts as o><#assign s = d.share(q.code(), d.all(), o)!><td><#if s?has_content>${s.count()} (${d.fmt().pct(s.percent()!0)})<#else>–</#if></td></#list><td>${(d.shares(q.code(), d.all())?first.base())!0}</td></tr>
</#list>
</table>
<#else>
<#list others as q>
<p>${q.text()} <#list d.shares(q.code(), d.all()) as s>${s.option()}: ${s.count()} av ${s.base()} (${d.fmt().pct(s.percent()!0)})<#sep>; </#list>.</p>
</#list>
</#if>
<#-- The questions the surveys have followed over the years get a figure per cluster. -->
<#list others as q>
<#if d.comparedYears(q.code())?size gt 1>
<@lib.clusterFigureWithText q=q.code()/>
</#if>
</#list>
<h2>Organisation och resurser</h2>
<p>Programmets förankring i kommunens organisation är en förutsättning för att arbetet ska leva vidare. Figurerna nedan visar var programmet är förankrat och hur kommunerna bedömer förankringen.</p>
<@lib.questionFigures section="5.2"/>
<#list d.questionsIn("5.2", "number") as q>
<#assign n = d.number(q.code(), d.all())>
<#if n.n() gt 0>
<p>${q.text()} Medianen bland de ${n.n()} kommuner som angett ett tal är ${d.fmt().num(n.median())}<#if q.unit()?has_content> ${q.unit()}</#if>${lib.medianAgainstEarlier(q.code())}; svaren varierar mellan ${d.fmt().num(n.min())} och ${d.fmt().num(n.max())}.</p>
<@lib.distributionFigure q=q.code()/>
</#if>
</#list>
<#list d.questionsIn("5.2", "text") as q>
<#assign answers = d.openAnswers(q.code())>
<#if answers?has_content>
<#assign ways = d.supportWays(q.code())>
<#assign named = ways.reasons()>
<p>${q.text()} ${answers?size} av ${d.respondents()} kommuner har svarat med egna ord.<#if named?has_content> Ordnade efter vad de beskriver handlar flest svar, ${named?first.count()} av ${ways.answered()}, om ”${named?first.label()?lower_case}”<#if named?size gt 1>, och därnäst ${named[1].count()} om ”${named[1].label()?lower_case}”</#if>. <ref to="tabell-${q.code()}"/> visar alla grupper; ett svar som tar upp flera sätt räknas i varje grupp det hör till.</#if> Några av svaren:</p>
<ul>
<#list d.quotes(q.code(), 4) as a><li>”${a.text()}” (${a.municipality()})</li></#list>
</ul>
<#if named?has_content>
<table id="tabell-${q.code()}" caption="${q.text()} De fria svaren ordnade efter vad de beskriver. Antal och andel av de ${ways.answered()} kommuner som svarat; ett svar kan höra till flera grupper." widths="6,1,1">
<tr><th>Vad svaren beskriver</th><th>Antal</th><th>Andel</th></tr>
<#list ways.groups() as g><tr><td>${g.label()}</td><td>${g.count()}</td><td>${d.fmt().pct(g.percent()!0)}</td></tr></#list>
</table>
</#if>
</#if>
</#list>
<h2>Goda exempel</h2>
<p>Programmet har samlat och spridit goda exempel från kommunerna. Enkäten frågade vilka exempel kommunerna redan har hämtat inspiration från och vilka de tänker använda framöver.</p>
<#list d.questionsIn("5.3", "multi") as q>
<p>${q.text()} ${d.anyTicked(q.code())} kommuner har markerat minst ett exempel.</p>
<@lib.sharesFigure q=q.code()/>
</#list>
<#list d.questionsIn("5.3", "single,scale") as q>
<@lib.clusterFigureWithText q=q.code()/>
</#list>
</chapter>
