<chapter id="bilaga2" title="Datakvalitet">
<h1>Datakvalitet</h1>
<p>Den här bilagan redovisar varje beslut om data som inte tagits som de står: energisvar som tolkats till MWh, rättelser som programenheten har gjort och värden som inte kunnat användas. Samma uppgifter finns som datafiler i mappen kvalitet.</p>
<h2>Tolkning av enheter i energisvaren</h2>
<#assign notes = d.unitNotes()>
<p>Frågan om energianvändning gällde kWh. Ett svar med uttalad enhet (kWh, MWh eller GWh) har räknats i den enheten. Ett svar utan enhet har räknats som kWh, utom när talet är skilt från noll och under 1 000: ett sådant värde är inte rimligt i kWh för en kommuns egen organisation och har tolkats som MWh. ${notes?size} svar har inte tagits som de står.</p>
<#if notes?has_content>
<table id="tabell-enheter" caption="Energisvar som inte tagits som de står." widths="3,6,3,3,3,2">
<tr><th>Kommun</th><th>Fråga</th><th>Svar</th><th>Tolkning</th><th>Regel</th><th>MWh</th></tr>
<#list notes as n><tr><td>${n.municipality()}</td><td>${n.code()}</td><td>${n.answer()}</td><td>${n.interpretation()}</td><td>${n.rule()}</td><td>${d.fmt().num(n.mwh(), 1)}</td></tr></#list>
</table>
</#if>
<h2>Rättelser</h2>
<#assign fixes = d.corrections()>
<#if fixes?has_content>
<p>${fixes?size} rättelser har gjorts efter kontakt med kommunerna. En rättelse ersätter kommunens svar och tas som den står.</p>
<#-- numeric kept: "Före" and "Efter" are the answers as written, text even when they look like numbers. -->
<table id="tabell-rattelser" caption="Rättelser av enkätsvar." numeric="rllllll" widths="2,3,7,2,3,5,3">
<tr><th>Rad</th><th>Kommun</th><th>Fråga</th><th>Före</th><th>Efter</th><th>Kommentar</th><th>Datum</th></tr>
<#list fixes as f><tr><td>${f.line()}</td><td>${f.municipality()}</td><td>${f.code()}</td><td>${f.before()!""}</td><td>${f.after()!""}</td><td>${f.comment()!""}</td><td>${f.date()!""}</td></tr></#list>
</table>
<#else>
<p>Inga rättelser har gjorts.</p>
</#if>
<h2>Avvisade värden och dokument</h2>
<#assign rejected = d.rejections()>
<#if rejected?has_content>
<p>${rejected?size} värden eller dokument har inte kunnat användas. Ett enkätsvar utan tal, eller med flera tal som inte bildar ett intervall, räknas som obesvarat.</p>
<table id="tabell-avvisade" caption="Värden och dokument som inte kunnat användas." widths="4,1,4,3,4">
<tr><th>Fil</th><th>Rad</th><th>Kolumn</th><th>Värde</th><th>Orsak</th></tr>
<#list rejected as r><tr><td>${r.file()}</td><td>${(r.line()?c)!""}</td><td>${r.column()!""}</td><td><#assign v = r.value()!""><#if v?length gt 80>${v[0..<80]}… (${v?length} tecken)<#else>${v}</#if></td><td>${r.reason()!""}</td></tr></#list>
</table>
<#else>
<p>Inga värden har avvisats.</p>
</#if>
<#if d.hasEarlierYears()>
<#assign mappings = d.yearMappings()>
<h2>Jämförelse med tidigare års enkäter</h2>
<p>Tidigare års enkäter har andra koder och ibland andra svarsalternativ än ${d.year()?c} års. Varje jämförd kolumn har fått sin motsvarighet i rapportårets kodbok (kolumnen motsvarar i kodbok-&lt;år&gt;.csv); svarsalternativen har parats ihop efter sina etiketter. Kommuner som svarade ett tidigare år men inte längre finns i kommuner.csv är inte med i jämförelsen; de står bland de avvisade värdena ovan. <ref to="tabell-motsvarigheter"/> visar de ${mappings?size} jämförda kolumnerna.</p>
<table id="tabell-motsvarigheter" caption="Kolumner i tidigare års enkäter och deras motsvarighet ${d.year()?c}." widths="1,4,4">
<tr><th>År</th><th>Kolumn det året</th><th>Motsvarar ${d.year()?c}</th></tr>
<#list mappings as m><tr><td>${m.year()?c}</td><td>${m.earlierCode()}</td><td>${m.code()}</td></tr></#list>
</table>
</#if>
</chapter>
