// Words that say what a person is ("ministre", "général", "spokesman") or that open a name
// ("M.", "Gen."), in French and English, folded. No package lists this vocabulary for both
// languages, so it is kept here, short and closed.

/** the head of a role phrase: a role phrase is built around one of these */
export const ROLE_HEADS = new Set(
  (
    "ministre minister general gen president pres directeur directrice director chef chief head " +
    "parole spokesman spokeswoman spokesperson expert experte analyste analyst leader dirigeant dirigeante " +
    "responsable official commandant commander ambassadeur ambassadrice ambassador envoye envoyee envoy attache " +
    "secretaire secretary conseiller conseillere adviser advisor depute deputee lawmaker senateur senator " +
    "colonel col lieutenant lt amiral admiral adm brigadier brig capitaine captain capt sergent sergeant " +
    "guide ayatollah cheikh sheikh imam roi king reine queen prince princesse emir chancelier chanceliere " +
    "chancellor maire mayor gouverneur governor homologue counterpart speaker chercheur chercheuse researcher " +
    "professeur professor journaliste journalist correspondant correspondante correspondent " +
    "coordinateur coordinator negociateur negotiator militant activist opposant chairman chairwoman " +
    "representant representante representative delegue deleguee delegate fondateur founder patron counsel"
  ).split(" "),
);

/** abbreviations and honorifics written right before a name ("M. Narychkine", "Gen. Bagheri") */
export const NAME_TITLES = new Set("m mme mlle mr mrs ms dr pr prof gen lt col maj brig adm capt sgt sen rep gov".split(" "));

/** words that can stand before a role head inside the role ("major général", "deputy chief") */
export const ROLE_MODIFIERS = new Set(
  (
    "porte special major maj lt brig deputy vice premier prime foreign defence defense interior senior first chief supreme " +
    "military intelligence security finance justice health oil trade economy army navy air state"
  ).split(" "),
);

// A few role words only a woman or only a man holds in French or English; enough to skip a
// person when resolving "elle"/"she" or "il"/"he". Epicene words ("ministre") say nothing.
export const FEMININE_MARKERS = new Set(
  "mme mlle mrs ms directrice experte dirigeante ambassadrice envoyee conseillere deputee reine princesse chanceliere chercheuse correspondante representante deleguee spokeswoman chairwoman queen elle she".split(" "),
);
export const MASCULINE_MARKERS = new Set(
  "m mr directeur dirigeant ambassadeur envoye conseiller depute roi prince chancelier chercheur correspondant representant delegue spokesman chairman king general gen il he".split(" "),
);

/** capitalised words that make a run of names an institution, a place or a title, not a person */
export const NON_PERSON_WORDS = new Set(
  (
    "news tv agency agence press presse ministry ministere council conseil army armee forces force party parti " +
    "front state etat nations union centre center service services parlement parliament republique republic " +
    "federation organisation organization guard guards gardiens corps brigade brigades division group groupe " +
    "committee comite assembly assemblee house maison office bureau university universite institute institut " +
    "foundation fondation bank banque company times post journal daily airlines air mosque mosquee square street " +
    "road airport aeroport base province governorate gulf golfe sea mer ocean mountains coast desert summit sommet " +
    "conference accord agreement treaty traite revolution islamic islamique arab arabe democratic democratique " +
    "popular populaire national nationale supreme resistance axe axis east west north south nord sud ouest est " +
    "steps capitol affaires affairs defense defence interieur interior renseignement renseignements intelligence " +
    "infos info article act law loi international internationale global world monde sciences science " +
    "new television televisions radio canal channel societe credit banques brothers garden senate senat " +
    "democrats republicans jeux olympiques olympics department departement amendment federal commission " +
    "association bridge tower weekly boucle cup coupe championship league ligue club stadium stade prize prix " +
    "economie finances justice sante culture education travail agriculture environnement budget industrie " +
    "transports logement sports defense " +
    // venues and institutions ("the Kodak Theatre", "the Academy Awards", "Hôtel de Ville")
    "theatre theater hotel hotels hospital hopital clinic clinique museum musee academy academie awards award " +
    "festival school schools ecole college lycee church eglise cathedral cathedrale palace palais prison court " +
    "tribunal park parc avenue boulevard rue studio studios pictures motion arts"
  ).split(" "),
);

/** lower-case particles kept inside a name ("Saad Mozher al-Allaq", "Bachar el-Assad", "bin Salman") */
export const NAME_PARTICLES = new Set("al el bin ben ibn bint de van von der da di".split(" "));
