<#import "lib.ftl" as lib>
<chapter id="kap07" title="Klustersamarbetet">
<h1>7 Klustersamarbetet</h1>
<p>Klustren är programmets regionala arbetsform. Kommunerna i ett kluster möts regelbundet, delar erfarenheter och får stöd av en klustersamordnare. Enkäten frågade hur kommunerna har använt och värderat klustrens och myndighetens stöd.</p>
<h2>7.1 Kommunerna om klustersamarbetet</h2>
<@lib.questionFigures section="7"/>
<#list d.questionsIn("7", "scale") as q>
<#assign top = d.ranked(q.code())?first>
<p>${q.text()} Vanligaste svaret bland samtliga är ”${top.option()}” (${top.count()} av ${top.base()} kommuner, ${d.fmt().pct(top.percent()!0)}); se <ref to="figur-${q.code()}"/>.</p>
</#list>
</chapter>
