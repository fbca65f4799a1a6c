<#-- Shared macros for the chapter templates. Every number comes from the data model `d`;
     the macros emit the report markup described in README.md. -->

<#-- Share of each option among all respondents, as horizontal bars (single or multi question). -->
<#macro sharesFigure q caption="" id="">
<#local question = d.question(q)>
<#local rows = d.shares(q, d.all())>
<#local top = d.ranked(q)?first>
<#local least = d.ranked(q)?last>
<#local base = (rows?first.base())!0>
<figure id="${id?has_content?then(id, 'figur-' + q)}" kind="bar" unit="%"
    caption="${caption?has_content?then(caption, question.text())}"
    alt="${question.text()} Vanligast bland de ${base} svarande kommunerna är ”${top.option()}”, ${d.fmt().pct(top.percent()!0)}; minst vanligt är ”${least.option()}”, ${d.fmt().pct(least.percent()!0)}.">
<#list rows as s><category>${s.option()}</category></#list>
<series name="Andel av svarande"><#list rows as s><v>${d.fmt().raw(s.percent()!0)}</v></#list></series>
</figure>
</#macro>

<#-- A scale or single question per cluster as stacked bars: each bar sums to 100 %. -->
<#macro byClusterFigure q caption="">
<#local question = d.question(q)>
<#local clusters = d.clusters() + [d.all()]>
<#-- The alt text names the main result: the most common answer and the cluster where it is most common. -->
<#local top = d.ranked(q)?first>
<#local best = "">
<#local bestShare = -1>
<#list d.clusters() as c>
<#local p = (d.share(q, c, top.option()).percent())!0>
<#if p gt bestShare><#local best = c><#local bestShare = p></#if>
</#list>
<figure id="figur-${q}" kind="stacked" unit="%"
    caption="${caption?has_content?then(caption, question.text())} Andel per kluster."
    alt="${question.text()} ${d.fmt().pct(top.percent()!0)} av samtliga svarande kommuner svarar ”${top.option()}”<#if best?has_content>; högst andel i ${best}, ${d.fmt().pct(bestShare)}</#if>. Svarsalternativ: ${d.options(q)?join(', ')}.">
<#list clusters as c><category>${c}</category></#list>
<#list d.options(q) as opt>
<series name="${opt}"><#list clusters as c><v>${d.fmt().raw((d.share(q, c, opt).percent())!0)}</v></#list></series>
</#list>
</figure>
</#macro>

<#-- A table of counts and shares of one question among all respondents. -->
<#macro sharesTable q id caption>
<#local rows = d.shares(q, d.all())>
<table id="${id}" caption="${caption}" numeric="lrr" widths="5,1,1">
<tr><th>Svarsalternativ</th><th>Antal</th><th>Andel</th></tr>
<#list rows as s><tr><td>${s.option()}</td><td>${s.count()}</td><td>${d.fmt().pct(s.percent()!0)}</td></tr></#list>
<tr><td>Antal svarande</td><td>${(rows?first.base())!0}</td><td></td></tr>
</table>
</#macro>

<#-- Every single, scale and multi question of a codebook section: a sentence with its main result, then its figure. -->
<#macro questionFigures section>
<#list d.questionsIn(section, "single,scale") as q>
<@clusterFigureWithText q=q.code()/>
</#list>
<#list d.questionsIn(section, "multi") as q>
<@sharesFigureWithText q=q.code()/>
</#list>
</#macro>

<#-- The answer most common among all respondents and the cluster where it is most common, then the figure per cluster. -->
<#macro clusterFigureWithText q>
<#local top = d.ranked(q)?first>
<#local best = "">
<#local bestShare = -1>
<#list d.clusters() as c>
<#local p = (d.share(q, c, top.option()).percent())!0>
<#if p gt bestShare><#local best = c><#local bestShare = p></#if>
</#list>
<p>${d.question(q).text()} Vanligaste svaret bland samtliga är ”${top.option()}” (${top.count()} av ${top.base()} kommuner, ${d.fmt().pct(top.percent()!0)})<#if best?has_content>; andelen är störst i ${best}, ${d.fmt().pct(bestShare)}</#if>. Se <ref to="figur-${q}"/>.</p>
<@byClusterFigure q=q/>
</#macro>

<#-- The two options ticked most often, then the figure of all options. -->
<#macro sharesFigureWithText q>
<#local ranked = d.ranked(q)>
<#local top = ranked?first>
<p>${d.question(q).text()} Vanligast är ”${top.option()}”, som ${top.count()} av ${top.base()} svarande kommuner (${d.fmt().pct(top.percent()!0)}) har markerat<#if ranked?size gt 1>, följt av ”${ranked[1].option()}” (${d.fmt().pct(ranked[1].percent()!0)})</#if>; se <ref to="figur-${q}"/>.</p>
<@sharesFigure q=q/>
</#macro>

<#-- "48 av 65 (74 %)" for one option of a question among all respondents. -->
<#function of q option>
<#local s = d.share(q, d.all(), option)!>
<#if !s?has_content><#return "–"></#if>
<#return s.count() + " av " + s.base() + " (" + d.fmt().pct(s.percent()!0) + ")">
</#function>
