<#import "lib.ftl" as lib>
<chapter id="kap01" title="Sammanfattning">
<h1>Sammanfattning</h1>
<p>Rapporten följer upp programmet ${d.meta().title()?keep_before(" – ")} under perioden ${d.meta().period()}. I programmet deltar ${d.municipalities()} kommuner, fördelade på ${d.clusters()?size} kluster. Underlaget är kommunernas svar på programmets webbenkät, kommunernas energi- och klimatstrategier och den rapportering som kommunerna och landstingen gör inom energieffektiviseringsstödet. Av de deltagande kommunerna har ${d.respondents()} besvarat enkäten, vilket motsvarar ${d.fmt().pct(d.fmt().share(d.respondents(), d.municipalities()))}.</p>
<#if d.has("q01_strategi")>
<#assign fast = d.share("q01_strategi", d.all(), d.options("q01_strategi")?first)!>
<#if fast?has_content>
<p>Arbetet med energi- och klimatstrategier har kommit långt: ${fast.count()} av ${fast.base()} svarande kommuner (${d.fmt().pct(fast.percent()!0)}) uppger att de har en fastställd strategi, och flertalet av de övriga planerar att fastställa en inom kort.</p>
</#if>
</#if>
<#if d.has("q06_energiplan")>
<p>Strategin fungerar också som kommunens energiplan i ${lib.of("q06_energiplan", d.options("q06_energiplan")?first)} svarande kommuner.</p>
</#if>
<#if d.has("q12_timmar_kontakt") && d.number("q12_timmar_kontakt", d.all()).n() gt 0>
<p>Medianen för kontaktpersonens arbetstid med programmet är ${d.fmt().num(d.number("q12_timmar_kontakt", d.all()).median())} timmar i veckan${lib.medianAgainstEarlier("q12_timmar_kontakt")}<#if d.has("q13_timmar_org") && d.number("q13_timmar_org", d.all()).n() gt 0>. För organisationen som helhet är medianen ${d.fmt().num(d.number("q13_timmar_org", d.all()).median())} timmar i veckan${lib.medianAgainstEarlier("q13_timmar_org")}</#if>.</p>
</#if>
<#if d.hasEnergy()>
<#assign tot = d.energyTotal()>
<p>De ${tot.respondents()} kommuner som redovisat förändringar i den egna organisationens energianvändning anger sammanlagt en ökning med ${d.fmt().num(tot.increaseMwh())} MWh och en minskning med ${d.fmt().num(tot.decreaseMwh())} MWh. Uppgifterna är osäkra; hur de har tolkats, bland annat när kommuner svarat i MWh trots att frågan gällde kWh, redovisas i bilaga 2.</p>
</#if>
<p>Rapporten beskriver kommunernas arbete, klustersamarbetet, temaområdena, kunskapsspridningen och programmets prestationer, resultat och effekter. Bilagorna redovisar deltagande kommuner, datakvalitet, kommunernas egna beskrivningar av processer och goda exempel samt kommunernas mål.</p>
</chapter>
