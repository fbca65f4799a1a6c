<chapter id="kap03" title="Bakgrund">
<h1>Samordning och kunskapsspridning som styrmedel</h1>
<p>Kommunerna äger byggnader, fordon och verksamheter som använder mycket energi, och de planerar hur bebyggelse, trafik och energiförsörjning utvecklas. Programmet bygger på idén att kommuner som arbetar tillsammans, delar erfarenheter och får stöd av en nationell myndighet kommer längre än var och en på egen hand.</p>
<h2>Från pilotetapp till program</h2>
<p>Programmet inleddes med en pilotetapp med ett mindre antal kommuner. Erfarenheterna därifrån – att regionala nätverk och konkreta exempel driver arbetet framåt – ligger till grund för den etapp som den här rapporten beskriver.</p>
</chapter>
