/* toy, step 4: the session rules (sets of kinds, sender, phases, next phase, effects, and a close
   code where a rule refuses) and the protocol's session description. One phase: every ping is
   answered by one pong; notes any time. */
static const gw__srule gw__toy_srules[] = {
    { (uint64_t)1 << GW_TOY_PING, GW_FROM_CLIENT, 0xFF, GW__S_KEEP, GW__S_HB, 0, NULL },
    { (uint64_t)1 << GW_TOY_PONG, GW_FROM_SERVER, 0xFF, GW__S_KEEP, GW__S_ACK, 0, NULL },
    { (uint64_t)1 << GW_TOY_NOTE, GW_FROM_SERVER, 0xFF, GW__S_KEEP, 0, 0, NULL },
};
static const gw__sproto gw__toy_sproto = {
    &gw__toy_proto, gw__toy_srules, GW__COUNT(gw__toy_srules), 2, 1008, 1008, NULL, gw__s_generic_error, NULL
};
