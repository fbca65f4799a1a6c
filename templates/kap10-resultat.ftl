<#import "lib.ftl" as lib>
<chapter id="kap10" title="Prestationer, resultat och effekter i kommunerna">
<h1>10 Prestationer, resultat och effekter i kommunerna</h1>
<#assign swot = d.questionsIn("10.1", "text")>
<#if swot?has_content>
<h2>10.1 Kommunernas styrkor, svagheter, möjligheter och hot</h2>
<p>Kommunerna beskrev med egna ord sina styrkor och svagheter i arbetet och de möjligheter och hot de ser framåt.</p>
<ul>
<#list swot as q><li>${q.text()} ${d.openAnswers(q.code())?size} kommuner har svarat.</li></#list>
</ul>
</#if>
<#assign perf = d.questionsIn("10.2", "multi")>
<#if perf?has_content>
<h2>10.2 Prestationer</h2>
<#list perf as q>
<#assign ranked = d.ranked(q.code())>
<p><ref to="tabell-${q.code()}"/> visar vad kommunerna har tagit fram eller genomfört tack vare programmet, som andel av samtliga ${d.respondents()} svarande kommuner. Vanligast är ${ranked?first.option()} (${d.fmt().pct(ranked?first.percent()!0)}).</p>
<table id="tabell-${q.code()}" caption="${q.text()} Andel av samtliga svarande kommuner; flera svar möjliga." numeric="lrr" widths="6,1,1">
<tr><th>Prestation</th><th>Antal</th><th>Andel</th></tr>
<#list ranked as s><tr><td>${s.option()}</td><td>${s.count()}</td><td>${d.fmt().pct(s.percent()!0)}</td></tr></#list>
</table>
</#list>
</#if>
<#assign res = d.questionsIn("10.3", "multi")>
<#if res?has_content>
<h2>10.3 Resultat</h2>
<#list res as q>
<p>${q.text()} ${d.anyTicked(q.code())} kommuner anger minst ett område; se <ref to="figur-${q.code()}"/>.</p>
<@lib.sharesFigure q=q.code()/>
</#list>
</#if>
<#if d.hasEnergy()>
<h2>10.4 Effekter på kommunernas energianvändning</h2>
<#assign tot = d.energyTotal()>
<p>Kommunerna ombads ange hur energianvändningen i den egna organisationen har förändrats under perioden, per energibärare. ${tot.respondents()} kommuner har lämnat minst ett användbart svar. <ref to="tabell-energi"/> redovisar svaren i MWh. Svaren är osäkra: en del kommuner har svarat i MWh fast frågan gällde kWh. Ett svar utan enhet under 1 000 har därför tolkats som MWh, och alla sådana tolkningar och rättelser redovisas i bilaga 2.</p>
<table id="tabell-energi" caption="Förändrad energianvändning i kommunernas egen organisation per energibärare, MWh." numeric="lrrrr" widths="3,2,2,2,1">
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
<h2>10.5 Mål och måluppfyllelse</h2>
<p>Kommunernas mål ur energi- och klimatstrategierna redovisas i bilaga 6 och uppföljningen av dem mot rapporteringen inom energieffektiviseringsstödet i bilaga 5.</p>
</chapter>
