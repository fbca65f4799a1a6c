<chapter id="bilaga5" title="Måluppföljning">
<h1>Bilaga 5. Måluppföljning</h1>
<p>Uppföljningen ställer kommunernas mål mot rapporteringen inom energieffektiviseringsstödet och bedömer för varje mål om kommunen är i fas, inte i fas eller om det inte går att bedöma. Uppföljningen redovisas när målen och stödrapporteringen har lästs in.</p>
</chapter>
