let dutchLexiconSource = "slecht\t-2.0\ngoed\t1.9\nwaardeloos\t-3.0\nstoring\t-1.8\nvan het kastje naar de muur\t-2.8"
