<#import "lib.ftl" as lib>
<chapter id="kap07" title="Klustersamarbetet">
<h1>Klustersamarbetet</h1>
<p>Klustren är programmets regionala arbetsform. Kommunerna i ett kluster möts regelbundet, delar erfarenheter och får stöd av en klustersamordnare. Enkäten frågade hur kommunerna har använt och värderat klustrens och myndighetens stöd.</p>
<h2>Kommunerna om klustersamarbetet</h2>
<@lib.questionFigures section="7"/>
</chapter>
