<chapter id="kap02" title="Uppdraget">
<h1>Uppdraget</h1>
<p>${d.meta().unit()} har haft i uppdrag att driva programmet och att rapportera vad det har åstadkommit. Rapporten är programmets slutrapport för perioden ${d.meta().period()}.</p>
<h2>Frågor som rapporten besvarar</h2>
<ul>
<li>Hur har kommunerna arbetat med energi- och klimatstrategier, organisation och resurser?</li>
<li>Vilken roll har klustren och samordningen mellan kommunerna spelat?</li>
<li>Vilka temaområden har kommunerna valt, och varför?</li>
<li>Vilka prestationer, resultat och effekter kan spåras till programmet?</li>
</ul>
<h2>Metod och material</h2>
<p>Underlaget är en webbenkät till samtliga ${d.municipalities()} deltagande kommuner, som ${d.respondents()} kommuner har besvarat, kommunernas energi- och klimatstrategier samt rapporteringen inom energieffektiviseringsstödet. Enkätsvar som inte kunnat användas som de står har tolkats enligt fasta regler. Varje sådan tolkning, varje rättelse och varje avvisat värde redovisas i bilaga 2, och alla siffror i tabeller och figurer finns även som datafiler.</p>
<h2>Avgränsningar</h2>
<p>Rapporten bygger på kommunernas egna uppgifter. Effekter på energianvändningen redovisas så som kommunerna har angett dem; de har inte kontrollerats mot mätdata.</p>
<h2>Rapportens disposition</h2>
<p>Kapitel 3 och 4 beskriver bakgrunden och programmet. Kapitel 5 behandlar kommunernas arbete, kapitel 6 pilotlänet, kapitel 7 klustersamarbetet och kapitel 8 temaområdena. Kapitel 9 handlar om kunskapsspridning, kapitel 10 om prestationer, resultat och effekter och kapitel 11 om forskningen inom programmet.</p>
</chapter>
