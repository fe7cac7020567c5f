"""The facilitator's console (`crisis-drill facilitate CODE`) and the joined-drill variant of the
game (`crisis-drill play --join CODE`): the Textual side of team sessions (`simulator.team`)."""
