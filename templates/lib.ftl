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
<table id="${id}" caption="${caption}" widths="5,1,1">
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

<#-- The answer most common among all respondents and how it varies between the clusters, then the figure per cluster.
     The sentence is written in one of three ways, taken in turn within a chapter, so that a chapter of many figures
     does not repeat one pattern; the third also sets the pilot county's cluster beside all respondents. -->
<#macro clusterFigureWithText q>
<#global clusterTexts = (clusterTexts!0) + 1>
<#local way = clusterTexts % 3>
<#local top = d.ranked(q)?first>
<#local high = d.highest(q, top.option())!>
<#local low = d.lowest(q, top.option())!>
<#local varies = high?has_content && low?has_content && high.cluster() != low.cluster()>
<#local pilot = d.pilotCluster()!"">
<#local pilotShare = (pilot?has_content)?then(d.share(q, pilot, top.option())!, "")>
<#if way == 1>
<p>${d.question(q).text()} Vanligaste svaret bland samtliga är ”${top.option()}” (${top.count()} av ${top.base()} kommuner, ${d.fmt().pct(top.percent()!0)})<#if varies>. Andelen varierar mellan klustren, från ${d.fmt().pct(low.percent()!0)} i ${low.cluster()} till ${d.fmt().pct(high.percent()!0)} i ${high.cluster()}<#elseif high?has_content>; andelen är störst i ${high.cluster()}, ${d.fmt().pct(high.percent()!0)}</#if>. Se <ref to="figur-${q}"/>.</p>
<#elseif way == 2>
<p>${d.question(q).text()} Av de ${top.base()} kommuner som besvarat frågan har ${top.count()} (${d.fmt().pct(top.percent()!0)}) svarat ”${top.option()}”, fler än något annat svar.<#if varies> Störst är andelen i ${high.cluster()} (${d.fmt().pct(high.percent()!0)}) och minst i ${low.cluster()} (${d.fmt().pct(low.percent()!0)}).</#if> <ref to="figur-${q}"/> visar svaren kluster för kluster.</p>
<#else>
<p>${d.question(q).text()} <ref to="figur-${q}"/> visar svaren per kluster. Bland samtliga svarande är ”${top.option()}” det vanligaste svaret, med ${d.fmt().pct(top.percent()!0)} (${top.count()} av ${top.base()})<#if pilotShare?has_content && pilotShare.base() gt 0>; i pilotlänets kluster ${pilot} är andelen ${d.fmt().pct(pilotShare.percent()!0)}</#if><#if varies>, och mellan klustren varierar den från ${d.fmt().pct(low.percent()!0)} (${low.cluster()}) till ${d.fmt().pct(high.percent()!0)} (${high.cluster()})</#if>.</p>
</#if>
<@byClusterFigure q=q/>
<@yearsText q=q option=top.option()/>
</#macro>

<#-- The two options ticked most often, then the figure of all options. -->
<#macro sharesFigureWithText q>
<#local ranked = d.ranked(q)>
<#local top = ranked?first>
<#global sharesTexts = (sharesTexts!0) + 1>
<#if sharesTexts % 2 == 1>
<p>${d.question(q).text()} Vanligast är ”${top.option()}”, som ${top.count()} av ${top.base()} svarande kommuner (${d.fmt().pct(top.percent()!0)}) har markerat<#if ranked?size gt 1>, följt av ”${ranked[1].option()}” (${d.fmt().pct(ranked[1].percent()!0)})</#if>; se <ref to="figur-${q}"/>.</p>
<#else>
<#local last = ranked?last>
<p>${d.question(q).text()} Flera svar kunde markeras. ”${top.option()}” har markerats av ${top.count()} av de ${top.base()} svarande kommunerna (${d.fmt().pct(top.percent()!0)})<#if ranked?size gt 2 && last.option() != top.option()>, medan ”${last.option()}” är minst vanligt med ${last.count()} (${d.fmt().pct(last.percent()!0)})</#if>. <ref to="figur-${q}"/> visar samtliga alternativ.</p>
</#if>
<@sharesFigure q=q/>
<@yearsText q=q option=top.option()/>
</#macro>

<#-- "48 av 65 (74 %)" for one option of a question among all respondents. -->
<#function of q option>
<#local s = d.share(q, d.all(), option)!>
<#if !s?has_content><#return "–"></#if>
<#return s.count() + " av " + s.base() + " (" + d.fmt().pct(s.percent()!0) + ")">
</#function>

<#-- "a, b och c" -->
<#function joinAnd parts>
<#if parts?size == 0><#return ""></#if>
<#if parts?size == 1><#return parts[0]></#if>
<#return parts[0..parts?size-2]?join(", ") + " och " + parts?last>
</#function>

<#-- ", en mer än 2010 (5) och två mer än 2009 (4)": the median of a number question among all
     respondents against the earlier years' medians; "" when the question is not compared. -->
<#function medianAgainstEarlier q>
<#local parts = []>
<#local now = d.number(q, d.all()).median()!>
<#if !now?has_content><#return ""></#if>
<#list d.earlierYears(q) as y>
<#local n = d.numberIn(q, d.all(), y)!>
<#if n?has_content>
<#local diff = d.fmt().minus(now, n.median())>
<#local sign = d.fmt().sign(diff)>
<#if sign gt 0><#local parts = parts + [d.fmt().amount(diff) + " mer än " + y?c + " (" + d.fmt().amount(n.median()) + ")"]>
<#elseif sign lt 0><#local parts = parts + [d.fmt().amount(d.fmt().minus(0, diff)) + " mindre än " + y?c + " (" + d.fmt().amount(n.median()) + ")"]>
<#else><#local parts = parts + ["lika mycket som " + y?c]></#if>
</#if>
</#list>
<#if !parts?has_content><#return ""></#if>
<#return ", " + joinAnd(parts)>
</#function>

<#-- "; 2010 var andelen 33 % och 2009 9 %": one option's share among all respondents in the earlier years. -->
<#function shareAgainstEarlier q option>
<#local parts = []>
<#list d.earlierYears(q) as y>
<#local s = d.shareIn(q, d.all(), option, y)!>
<#if s?has_content && s.base() gt 0><#local parts = parts + [y?c + (parts?has_content)?then(" ", " var andelen ") + d.fmt().pct(s.percent()!0)]></#if>
</#list>
<#if !parts?has_content><#return ""></#if>
<#return "; " + joinAnd(parts)>
</#function>

<#-- A compared question's shares among all respondents per survey year, side by side. -->
<#macro yearsTable q>
<#local years = d.comparedYears(q)>
<#if years?size gt 1>
<table id="tabell-ar-${q}" caption="${d.question(q).text()} Andel av samtliga svarande kommuner per enkätår, ${years?first?c}–${years?last?c}." widths="4<#list years as y>,1</#list>">
<tr><th>Svarsalternativ</th><#list years as y><th>${y?c}</th></#list></tr>
<#list d.options(q) as opt>
<tr><td>${opt}</td><#list years as y><#local s = d.shareIn(q, d.all(), opt, y)!><td><#if s?has_content>${d.fmt().pct(s.percent()!0)}<#else>–</#if></td></#list></tr>
</#list>
<tr><td>Antal svarande</td><#list years as y><#local b = 0><#list d.options(q) as opt><#local s = d.shareIn(q, d.all(), opt, y)!><#if s?has_content><#local b = s.base()></#if></#list><td>${b}</td></#list></tr>
</table>
</#if>
</#macro>

<#-- A compared question's shares among all respondents per survey year as grouped bars. -->
<#macro yearsFigure q>
<#local years = d.comparedYears(q)>
<#if years?size gt 1>
<#local first = d.options(q)?first>
<#local then = d.shareIn(q, d.all(), first, years?first)!>
<#local now = d.shareIn(q, d.all(), first, years?last)!>
<figure id="figur-ar-${q}" kind="bar" unit="%"
    caption="${d.question(q).text()} Andel av samtliga svarande kommuner per enkätår, ${years?first?c}–${years?last?c}."
    alt="${d.question(q).text()} Andelen som svarar ”${first}” är ${d.fmt().pct((then.percent())!0)} ${years?first?c} och ${d.fmt().pct((now.percent())!0)} ${years?last?c}.">
<#list d.options(q) as opt><category>${opt}</category></#list>
<#list years as y><series name="${y?c}"><#list d.options(q) as opt><v>${d.fmt().raw((d.shareIn(q, d.all(), opt, y).percent())!0)}</v></#list></series></#list>
</figure>
</#if>
</#macro>

<#-- For a compared question: the main answer's share in the earlier years, then the years side by side. -->
<#macro yearsText q option>
<#if d.comparedYears(q)?size gt 1>
<#local years = d.comparedYears(q)>
<#global yearsTexts = (yearsTexts!0) + 1>
<#local now = d.shareIn(q, d.all(), option, d.year())!>
<#local prevYear = d.earlierYears(q)?first>
<#local prev = d.shareIn(q, d.all(), option, prevYear)!>
<#if yearsTexts % 2 == 0 && now?has_content && prev?has_content && prev.base() gt 0>
<#local nowPct = d.fmt().pct(now.percent()!0)>
<#local prevPct = d.fmt().pct(prev.percent()!0)>
<p><ref to="tabell-ar-${q}"/> ställer svaren mot ${joinAnd(d.earlierYears(q)?reverse?map(y -> y?c))} års enkät<#if d.earlierYears(q)?size gt 1>er</#if>. Andelen som svarar ”${option}” <#if nowPct == prevPct>är densamma som år ${prevYear?c}, ${nowPct}<#elseif (now.percent()!0) gt (prev.percent()!0)>har ökat från ${prevPct} år ${prevYear?c} till ${nowPct} år ${d.year()?c}<#else>har minskat från ${prevPct} år ${prevYear?c} till ${nowPct} år ${d.year()?c}</#if>.</p>
<#else>
<p>Frågan fanns också i ${joinAnd(d.earlierYears(q)?reverse?map(y -> y?c))} års enkät<#if d.earlierYears(q)?size gt 1>er</#if>. ${d.year()?c} svarar ${d.fmt().pct((now.percent())!0)} av samtliga ”${option}”${shareAgainstEarlier(q, option)}; <ref to="tabell-ar-${q}"/> visar alla svarsalternativ år för år.</p>
</#if>
<@yearsTable q=q/>
</#if>
</#macro>

<#-- How a number question's answers are spread, as bars of intervals; one sentence names the most common interval. -->
<#macro distributionFigure q>
<#local bins = d.distribution(q)>
<#if bins?size gt 2>
<#local top = bins?sort_by("count")?reverse?first>
<#local total = 0><#list bins as b><#local total = total + b.count()></#list>
<#local unit = d.question(q).unit()!"">
<p>Svaren fördelar sig som <ref to="figur-fordelning-${q}"/> visar; flest kommuner, ${top.count()}, har svarat i intervallet ${top.label()}<#if unit?has_content> ${unit}</#if>.</p>
<figure id="figur-fordelning-${q}" kind="bar" unit="antal kommuner"
    caption="${d.question(q).text()} Antal kommuner per intervall<#if unit?has_content>, ${unit}</#if> (den nedre gränsen ingår)."
    alt="${d.question(q).text()} Flest kommuner har svarat i intervallet ${top.label()}: ${top.count()} av ${total}, eller ${d.fmt().pct(d.fmt().share(top.count(), total))}. Alla intervall: <#list bins as b>${b.label()}: ${b.count()}<#sep>, </#list>.">
<#list bins as b><category>${b.label()}</category></#list>
<series name="Antal kommuner"><#list bins as b><v>${b.count()}</v></#list></series>
</figure>
</#if>
</#macro>

<#-- A few of the municipalities' own words on a question, quoted with their names. -->
<#macro quotesList q count=3>
<#local quotes = d.quotes(q, count)>
<#if quotes?has_content>
<ul>
<#list quotes as a><li>”${a.text()}” (${a.municipality()})</li></#list>
</ul>
</#if>
</#macro>
