<#import "lib.ftl" as lib>
<chapter id="kap10" title="Prestationer, resultat och effekter i kommunerna">
<h1>Prestationer, resultat och effekter i kommunerna</h1>
<#assign swot = d.questionsIn("10.1", "text")>
<#if swot?has_content>
<h2>Kommunernas styrkor, svagheter, möjligheter och hot</h2>
<p>Kommunerna beskrev med egna ord sina styrkor och svagheter i arbetet och de möjligheter och hot de ser framåt. Nedan återges ett urval av svaren på varje fråga, med kommunens namn; urvalet tar svar av läsbar längd från så många kluster som möjligt. Bilaga 3 återger samtliga svar, fråga för fråga, med början i <ref to="tabell-svar-${swot?first.code()}"/>.</p>
<#list swot as q>
<#assign answers = d.openAnswers(q.code())>
<p>${q.text()} ${answers?size} av ${d.respondents()} kommuner har svarat<#if answers?has_content>, bland annat:<#else>.</#if></p>
<@lib.quotesList q=q.code() count=4/>
</#list>
</#if>
<#assign perf = d.questionsIn("10.2", "multi")>
<#if perf?has_content>
<h2>Prestationer</h2>
<#list perf as q>
<#assign ranked = d.ranked(q.code())>
<p><ref to="tabell-${q.code()}"/> visar vad kommunerna har tagit fram eller genomfört tack vare programmet, som andel av samtliga ${d.respondents()} svarande kommuner. Vanligast är ${ranked?first.option()} (${d.fmt().pct(ranked?first.percent()!0)}).</p>
<table id="tabell-${q.code()}" caption="${q.text()} Andel av samtliga svarande kommuner; flera svar möjliga." widths="6,1,1">
<tr><th>Prestation</th><th>Antal</th><th>Andel</th></tr>
<#list ranked as s><tr><td>${s.option()}</td><td>${s.count()}</td><td>${d.fmt().pct(s.percent()!0)}</td></tr></#list>
</table>
</#list>
</#if>
<#assign res = d.questionsIn("10.3", "multi")>
<#if res?has_content>
<h2>Resultat</h2>
<#list res as q>
<p>${q.text()} ${d.anyTicked(q.code())} kommuner anger minst ett område; se <ref to="figur-${q.code()}"/>.</p>
<@lib.sharesFigure q=q.code()/>
</#list>
</#if>
<#if d.hasEnergy()>
<h2>Effekter på kommunernas energianvändning</h2>
<#assign tot = d.energyTotal()>
<p>Kommunerna ombads ange hur energianvändningen i den egna organisationen har förändrats under perioden, per energibärare. ${tot.respondents()} kommuner har lämnat minst ett användbart svar. <ref to="tabell-energi"/> redovisar svaren i MWh. Svaren är osäkra: en del kommuner har svarat i MWh fast frågan gällde kWh. Ett svar utan enhet under 1 000 har därför tolkats som MWh, och alla sådana tolkningar och rättelser redovisas i bilaga 2.</p>
<table id="tabell-energi" caption="Förändrad energianvändning i kommunernas egen organisation per energibärare, MWh." widths="3,2,2,2,1">
<tr><th>Energibärare</th><th>Ökning, MWh</th><th>Minskning, MWh</th><th>Skillnad, MWh</th><th>Antal svar</th></tr>
<#list d.energy() as e><tr><td>${e.carrier()}</td><td>${d.fmt().num(e.increaseMwh(), 1)}</td><td>${d.fmt().num(e.decreaseMwh(), 1)}</td><td>${d.fmt().num(e.differenceMwh(), 1)}</td><td>${e.respondents()}</td></tr></#list>
</table>
<p>Sammantaget redovisar kommunerna en ökning med ${d.fmt().num(tot.increaseMwh())} MWh och en minskning med ${d.fmt().num(tot.decreaseMwh())} MWh, en nettoförändring på ${d.fmt().num(tot.differenceMwh())} MWh.</p>
</#if>
<#list d.questionsIn("10.5", "single") as q>
<p>${q.text()} <#list d.shares(q.code(), d.all()) as s>${s.option()}: ${s.count()} av ${s.base()} (${d.fmt().pct(s.percent()!0)})<#sep>; </#list>.</p>
</#list>
<#list d.questionsIn("10.5", "number") as q>
<#assign n = d.number(q.code(), d.all())>
<#if n.n() gt 0>
<p>${q.text()} De ${n.n()} kommuner som angett ett värde uppger sammanlagt ${d.fmt().num(n.mean() * n.n())}<#if q.unit()?has_content> ${q.unit()}</#if> (median ${d.fmt().num(n.median())}<#if q.unit()?has_content> ${q.unit()}</#if>).</p>
</#if>
</#list>
<h2>Mål och måluppfyllelse</h2>
<p>Kommunernas mål ur energi- och klimatstrategierna redovisas i bilaga 6 och uppföljningen av dem mot rapporteringen inom energieffektiviseringsstödet i bilaga 5.</p>
<#assign grants = d.grantTargets()>
<#if grants?has_content>
<#assign mainFigure = grants?first.keyFigure()>
<#assign main = grants?filter(g -> g.keyFigure() == mainFigure)>
<p>Inom energieffektiviseringsstödet har varje organisation satt mål för 2014 och 2020. För nyckeltalet ${mainFigure?lower_case} har <#list main as g><#if g?index lt 3>${g.group()?lower_case?cap_first} (${g.count()} organisationer) i genomsnitt målen ${d.fmt().num(g.mean2014(), 1)} % till 2014 och ${d.fmt().num(g.mean2020(), 1)} % till 2020<#if g?index lt 1 && main?size gt 1>, </#if><#if g?index == 1 && main?size gt 2> och </#if></#if></#list>. <ref to="tabell-ees-mal"/> visar målen för varje nyckeltal och kluster.</p>
<table id="tabell-ees-mal" caption="Genomsnittliga mål inom energieffektiviseringsstödet, minskning i procent mot basåret, per grupp och nyckeltal." widths="4,3,1,1,1">
<tr><th>Nyckeltal</th><th>Grupp</th><th>Antal</th><th>Mål 2014, %</th><th>Mål 2020, %</th></tr>
<#list grants as g><tr><td>${g.keyFigure()}</td><td>${g.group()}</td><td>${g.count()}</td><td>${d.fmt().num(g.mean2014(), 1)}</td><td>${d.fmt().num(g.mean2020(), 1)}</td></tr></#list>
</table>
</#if>
</chapter>
