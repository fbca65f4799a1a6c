<#import "lib.ftl" as lib>
<chapter id="kap08" title="Temaområden">
<h1>Temaområden</h1>
<p>Inom programmet har kommunerna valt temaområden att fördjupa sig i, ofta tillsammans med andra kommuner i klustret.</p>
<h2>Kommunernas val av temaområden</h2>
<#list d.questionsIn("8", "multi") as q>
<#assign ranked = d.ranked(q.code())>
<p>${q.text()} De vanligaste temaområdena är <#list ranked[0..*3] as s>${s.option()} (${d.fmt().pct(s.percent()!0)})<#sep>, </#list>, se <ref to="figur-${q.code()}"/>.</p>
<@lib.sharesFigure q=q.code()/>
</#list>
<#list d.questionsIn("8", "text") as q>
<#assign r = d.themeReasons(q.code())>
<#if r.reasons()?has_content>
<h3>Motiv till valet</h3>
<p>${q.text()} ${r.answered()} av ${d.respondents()} kommuner har motiverat sitt val med egna ord. Svaren är sorterade efter de skäl de anger i <ref to="tabell-${q.code()}"/>; ett svar som nämner flera skäl räknas under vart och ett av dem, och varje skäl belyses med ett citat.</p>
<table id="tabell-${q.code()}" caption="Kommunernas skäl att prioritera sina temaområden, grupperade ur de fria svaren. Antal och andel av de ${r.answered()} kommuner som svarat; ett svar kan ange flera skäl." widths="4,1,1,6">
<tr><th>Skäl</th><th>Antal</th><th>Andel</th><th>Exempel ur svaren</th></tr>
<#list r.groups() as g><tr><td>${g.label()}</td><td>${g.count()}</td><td>${d.fmt().pct(g.percent()!0)}</td><td>”${g.quote().text()}” (${g.quote().municipality()})</td></tr></#list>
</table>
<#assign reasons = r.reasons()>
<#assign top = reasons?first>
<#assign other = r.other()!>
<p>Flest kommuner, ${top.count()} av ${r.answered()} eller ${d.fmt().pct(top.percent()!0)}, pekar på skäl av slaget ”${top.label()?lower_case}”<#if reasons?size gt 1>. Näst vanligast är ”${reasons[1].label()?lower_case}”, som ${reasons[1].count()} kommuner anger</#if><#if reasons?size gt 2 && reasons?last.count() lt reasons[1].count()>, medan ”${reasons?last.label()?lower_case}” bara nämns av ${reasons?last.count()} ${(reasons?last.count() == 1)?then("kommun", "kommuner")}</#if>.<#if r.severalReasons() gt 0> Av svaren nämner ${r.severalReasons()} mer än ett skäl.</#if><#if other?has_content> Under övrigt står de ${other.count()} svar som inte passar in i någon av grupperna.</#if></p>
</#if>
</#list>
<#assign scales = d.questionsIn("8", "scale")>
<#if scales?has_content>
<h2>Vad har påverkat valet?</h2>
<p>Kommunerna fick bedöma hur mycket olika aktörer har påverkat valet av temaområden.</p>
<#list scales as q>
<@lib.clusterFigureWithText q=q.code()/>
</#list>
</#if>
</chapter>
