<chapter id="bilaga5" title="Måluppföljning">
<h1>Måluppföljning</h1>
<#assign all = d.followUps()>
<#assign onTrack = d.onTrack()>
<#assign offTrack = d.offTrack()>
<#assign unknown = d.notAssessed()>
<p>Här ställs kommunernas mål (bilaga 6) mot rapporteringen inom energieffektiviseringsstödet, som mäter energianvändningen i kommunens egen verksamhet. Ett mål kan bedömas när det gäller en procentuell minskning av energianvändningen i den egna verksamheten, har ett målår och kommunen har rapporterat motsvarande nyckeltal med basårsvärde. Rapporteringen mäter förändringen mellan sitt eget basår och rapporteringsåret. Målet är i fas när minskningen under den tiden är minst så stor som en rak väg från målets basår till målåret kräver under samma tid.</p>
<#if all?has_content>
<p>Av ${all?size} mål är ${onTrack?size} i fas och ${offTrack?size} inte i fas; ${unknown?size} kan inte bedömas. <ref to="tabell-maluppfoljning"/> redovisar de bedömda målen och <ref to="tabell-ej-bedomda"/> varför övriga mål inte kunnat bedömas.</p>
<table id="tabell-maluppfoljning" caption="Mål som kunnat bedömas mot rapporteringen inom energieffektiviseringsstödet." widths="2,6,2,5">
<tr><th>Kommun</th><th>Mål</th><th>Bedömning</th><th>Underlag</th></tr>
<#list d.assessed() as f><tr><td>${f.target().municipality()}</td><td>${f.target().text()}</td><td>${f.statusLabel()}</td><td>${f.basis()}</td></tr></#list>
</table>
<table id="tabell-ej-bedomda" caption="Mål som inte kunnat bedömas, efter orsak." widths="6,1">
<tr><th>Orsak</th><th>Antal mål</th></tr>
<#list d.notAssessableReasons() as e><tr><td>${e.getKey()?cap_first}</td><td>${e.getValue()}</td></tr></#list>
</table>
<#else>
<p>Inga mål har hittats i strategidokumenten, så ingen uppföljning kan göras.</p>
</#if>
</chapter>
