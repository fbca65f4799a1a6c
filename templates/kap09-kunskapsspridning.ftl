<chapter id="kap09" title="Kunskapsspridning, samverkan och nätverksbyggande">
<h1>Kunskapsspridning, samverkan och nätverksbyggande</h1>
<p>Programmet har skapat mötesplatser där kommunerna kan lära av varandra: nationella arbetsmöten, workshoppar för politiker, möten med klustersamordnare och mentorkommuner samt elektroniska kanaler för att dela material.</p>
<#assign mentors = d.mentors()>
<#if mentors?has_content>
<h2>Mentorkommuner</h2>
<p>${mentors?size} kommuner har haft rollen som mentor (nestor) och delat med sig av sina erfarenheter: <#list mentors as m>${m.name()}<#sep>, </#list>.</p>
</#if>
<h2>Goda exempel som kunskapskälla</h2>
<p>De goda exempel som kommunerna själva har lyft fram redovisas i bilaga 4, och de processer och projekt som startats i bilaga 3.</p>
</chapter>
