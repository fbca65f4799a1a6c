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
<#assign scales = d.questionsIn("8", "scale")>
<#if scales?has_content>
<h2>Vad har påverkat valet?</h2>
<p>Kommunerna fick bedöma hur mycket olika aktörer har påverkat valet av temaområden.</p>
<#list scales as q>
<@lib.clusterFigureWithText q=q.code()/>
</#list>
</#if>
</chapter>
