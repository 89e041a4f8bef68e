"""Spanish words the recogniser reads: months, ranks and titles, the head nouns that type a name, the small
words a name holds, the capitalised words that begin a sentence and name nothing."""

from __future__ import annotations

from spacy.lang.es.stop_words import STOP_WORDS

MONTHS = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip
RANKS = frozenset(
    "general coronel teniente capitán mayor sargento subteniente cabo comandante almirante vicealmirante "
    "contraalmirante brigadier comisario inspector suboficial".split()
)
# Words before a name that make it a person's: titles and functions.
PERSON_CUES = RANKS | frozenset(
    "presidente expresidente dictador ministro exministro juez jueza fiscal magistrado magistrada jefe "
    "exjefe director exdirector obispo padre sacerdote señor señora doctor acusado acusados imputado "
    "procesado condenado".split()
)
# Head nouns of courts, prosecutors and inquiries; those that name one only with a word of justice in it.
MECHANISM_HEADS = frozenset(
    "tribunal tribunales corte cámara juzgado sala fiscalía procuraduría ministerio comisión consejo jurisdicción "
    "colegiado audiencia".split()
)
MECHANISM_WITH_CUE = frozenset(["ministerio", "comisión", "consejo"])
# A section is a court's only in a court's name ("la Sección Cuarta de la Sala de lo Penal"): an army's
# "Sección Segunda" is its intelligence.
SECTION_HEADS = frozenset(["sección"])
COURT_HEADS = frozenset("tribunal corte cámara juzgado sala audiencia".split())
MECHANISM_CUES = frozenset(
    "público justicia verdad esclarecimiento desaparición derechos penal criminal supremo suprema fiscal "
    "apelaciones casación especial paz interamericana interamericano internacional".split()
)
# A body of inquiry, prosecution or judgment named by a noun of other bodies ("Grupo", "Oficina", "Unidad",
# "Comité", "Consejo"): a mechanism by these words in its name.
INQUIRY_CUES = (
    "expertos", "fiscalía", "investigación y acusación", "apelación", "poder judicial", "alto comisionado",
    "grupo de trabajo",
)  # fmt: skip
INQUIRY_HEADS = frozenset(["grupo", "oficina", "unidad", "comité", "consejo"])
MECHANISM_KINDS = (
    ("un_mechanism", ("naciones unidas", "alto comisionado")),
    ("fact_finding", ("expertos independientes",)),
    ("international_court", ("penal internacional", "interamericana", "internacional de justicia")),
    ("truth_commission", ("verdad", "esclarecimiento", "desaparición de personas")),
    ("hybrid_tribunal", ("especial para la paz",)),
)  # fmt: skip
# Head nouns of forces, their units, armed movements and parties, and the kind each gives.
BODY_HEADS = {
    "ejército": "unit", "armada": "unit", "fuerza": "unit", "fuerzas": "unit", "brigada": "unit",
    "batallón": "unit", "regimiento": "unit", "división": "unit", "destacamento": "unit", "escuadrón": "unit",
    "compañía": "unit", "comando": "unit", "patrulla": "unit", "policía": "unit", "guardia": "unit",
    "gendarmería": "unit",
    # plural: "las Patrullas de Autodefensa Civil", "los Grupos de Tareas"
    "patrullas": "unit", "grupos": "unit", "brigadas": "unit", "batallones": "unit", "comandos": "unit",
    "escuadrones": "unit", "destacamentos": "unit", "unidades": "unit", "compañías": "unit",
    "dirección": "unit", "servicio": "unit", "grupo": "unit", "unidad": "unit", "departamento": "unit",
    "escuela": "unit", "junta": "government", "gobierno": "government", "movimiento": "armed_group",
    "frente": "armed_group", "partido": "other", "organización": "other", "asociación": "ngo",
    "fundación": "ngo", "centro": "ngo", "agencia": "state_institution", "central": "state_institution",
    "unión": "other", "alianza": "other", "coordinadora": "ngo", "colectivo": "ngo", "naciones": "other",
    "amnistía": "ngo", "cruz": "ngo", "comité": "other", "oficina": "state_institution",
    "secretaría": "state_institution", "secretariado": "other", "instituto": "state_institution",
    "congreso": "state_institution", "asamblea": "state_institution", "senado": "state_institution",
    "equipo": "ngo", "abuelas": "ngo", "madres": "ngo", "familiares": "ngo", "liga": "other", "ligas": "other",
    "autodefensas": "armed_group", "guerrilla": "armed_group", "ejércitos": "armed_group",
    "superintendencia": "state_institution", "cuerpo": "unit",
}  # fmt: skip
# Nationalities, in the masculine singular, a force's or a state's name may end with ("el Ejército peruano",
# "la Armada argentina", "el Estado guatemalteco"); `DEMONYMS` holds every gender and number.
_NATIONALITIES = (
    "guatemalteco salvadoreño hondureño nicaragüense mexicano colombiano venezolano ecuatoriano peruano boliviano "
    "chileno argentino uruguayo paraguayo brasileño cubano dominicano haitiano panameño costarricense español "
    "francés alemán estadounidense norteamericano británico ruso soviético ucraniano sirio iraquí iraní israelí "
    "palestino libio egipcio sudanés congoleño ruandés burundés ugandés keniano etíope eritreo somalí nigeriano "
    "camerunés chadiano maliense marfileño liberiano sierraleonés centroafricano sudafricano serbio croata bosnio "
    "turco afgano paquistaní indio birmano camboyano indonesio filipino chino norcoreano japonés vietnamita yemení "
    "saudí libanés jordano argelino marroquí tunecino portugués italiano yugoslavo".split()
)


def _forms(word: str) -> set[str]:
    """ "peruano": peruano, peruana, peruanos, peruanas; "francés": francesa, franceses, francesas; "iraquí":
    iraquíes; "costarricense": costarricenses."""
    if word.endswith("o"):
        return {word, word[:-1] + "a", word + "s", word[:-1] + "as"}
    if word.endswith(("és", "án")):
        stem = word[:-2] + {"és": "es", "án": "an"}[word[-2:]]
        return {word, stem + "a", stem + "es", stem + "as"}
    if word.endswith("í"):
        return {word, word + "es", word + "s"}
    return {word, word + "s"}


DEMONYMS = frozenset(f for w in _NATIONALITIES for f in _forms(w))
# Nouns of a unit, whose name a force's name may follow ("la compañía Lince del Ejército peruano").
UNIT_NOUNS = frozenset(
    "compañía batallón brigada grupo destacamento patrulla sección regimiento división comando escuadrón unidad "
    "pelotón".split()
)
# Adjectives written before the head of a court's or a body's name ("Suprema Corte de Justicia", "Alto Mando").
HEAD_ADJECTIVES = frozenset("suprema supremo alta alto gran nuevo nueva".split())
# First words of names that are no person's: acts, reports, operations, events, places, institutions.
NOT_PERSON_HEADS = frozenset(
    "decreto ley código informe operación caso causa expediente masacre crimen responsabilidad caravana "
    "presidencia serie penal prisión presidio universidad ciudad villa barrio hospital iglesia capilla plaza calle "
    "avenida estado estados alta baja norte "
    "sur puerto río lago cerro hacienda finca comunidad aldea departamento provincia región municipio valle "
    "sierra san santa santo nuestra resolución acuerdo convención protocolo estatuto artículo sección capítulo "
    "hechos mujeres ambiente narcoactividad silencio plan operativo embajada personal convenio convenios hotel "
    "cárcel penitenciaría cementerio programa defensoría planificación ministerio administración dirección "
    "secretaría gobernación campamento noche ingenio".split()
)
# First words of places ("San Juan Cotzal", "Ciudad de Guatemala", "Villa Grimaldi", "Alta Verapaz").
PLACE_HEADS = frozenset(
    "ciudad villa barrio san santa santo alta baja norte sur puerto río cerro valle sierra departamento "
    "provincia región municipio estados base cuartel campo estadio capital embajada hotel cárcel penitenciaría "
    "cementerio penal prisión presidio hospital".split()
)
# Nouns after which "de X" is a place ("el departamento de Izabal", "el municipio de Nebaj").
# A post or a membership, then "de" and the body it is in: "fundador y jefe de X", "militantes de X".
POST_NOUNS = frozenset(
    "jefe jefes exjefe fundador fundadores líder líderes dirigente dirigentes comandante comandantes excomandante "
    "miembro miembros integrante integrantes militante militantes cúpula agente agentes combatientes "
    "guerrilleros".split()
)
PLACE_NOUNS = frozenset(
    "departamento provincia región municipio ciudad localidad aldea comunidad pueblo distrito comuna estado "
    "país zona caserío finca hacienda".split()
)
# Small words inside a name ("Corte Suprema de Justicia de la Nación", "Claudia Paz y Paz").
LINKS = frozenset("de del la las los y en lo para sobre".split())
# Capitalised words that name nothing: articles, prepositions, pronouns and the like at a sentence's start.
NOT_NAMES = (
    frozenset(STOP_WORDS)
    | frozenset(MONTHS)
    | frozenset(
        "lunes martes miércoles jueves viernes sábado domingo según tras durante antecedentes resumen acusación "
        "sentencia fallo hechos".split()
    )
)
PLACE_PREPOSITIONS = frozenset(["en", "desde", "hacia", "hasta"])
ORDINALS = frozenset(
    "primera primer primero segunda segundo tercera tercer tercero cuarta cuarto quinta quinto sexta sexto "
    "séptima séptimo octava octavo novena noveno décima décimo vigésima trigésima".split()
)
CASE_NOUNS = frozenset(["caso", "causa", "expediente", "diligencias"])
# Nouns of crimes as events, the adjectives that qualify them, and the prepositions that name what they
# were done to or where ("la masacre de Accomarca", "la desaparición forzada de 119 opositores").
CRIME_NOUNS = frozenset(
    "masacre masacres matanza matanzas asesinato asesinatos ejecución ejecuciones desaparición desapariciones "
    "secuestro secuestros crimen crímenes ataque ataques bombardeo bombardeos tortura torturas quema incendio "
    "saqueo magnicidio atentado atentados fusilamiento fusilamientos".split()
)
# Of those, the nouns of a crime done at a place, whose "de X" names it ("la masacre de Accomarca", "el crimen
# de La Cantuta"); a murder's or an abduction's names whom it was done to ("el asesinato de Orlando Letelier").
PLACED_CRIME_NOUNS = frozenset(
    "masacre masacres matanza matanzas crimen bombardeo bombardeos quema incendio saqueo".split()
)
# Of those, the nouns of a killing of many, named after where it was done, never after a person.
MASSACRE_NOUNS = frozenset("masacre masacres matanza matanzas".split())
# Of those, the nouns of a crime done to persons, whose "de" may name them by a common noun ("la desaparición
# forzada de un estudiante universitario"); not "crímenes de la dictadura", "ataque contra la población civil"
# (a category, the legal elements of a crime).
CRIME_NOUNS_ON_PERSONS = frozenset(
    "masacre masacres matanza matanzas asesinato asesinatos ejecución ejecuciones desaparición desapariciones "
    "secuestro secuestros tortura torturas magnicidio fusilamiento fusilamientos".split()
)
CRIME_ADJECTIVES = frozenset(
    "forzada forzadas extrajudicial extrajudiciales sistemática sistemáticas sistemático sistemáticos "
    "arbitraria arbitrarias masiva masivas".split()
)
CRIME_PREPOSITIONS = frozenset(["de", "del", "contra", "en"])
# Common Spanish given names beyond the shared list (nlp.lexicon.GIVEN_NAMES), written as a general list without
# sight of any development document; none that is also a well-known place ("Santiago", "Rosario", "Salvador",
# "Concepción", "Victoria").
GIVEN_NAMES = frozenset(
    "adolfo agustín alfonso álvaro armando augusto benito césar cristian emilio esteban ezequiel federico felipe "
    "fidel gabriel gerardo gilberto gregorio horacio humberto jesús julián leonardo leopoldo lorenzo marcelo "
    "martín mauricio máximo nelson néstor norberto orlando ramiro reinaldo salvatore saúl tomás vicente víctor "
    "victor wilson abel alcides amílcar aníbal bernardino camilo ciro domingo edgar edgardo elías eugenio "
    "fabián fausto florencio gastón genaro germán hernán hipólito jacinto jerónimo leandro lisandro marcos "
    "mariano matías nicolás octavio omar pascual patricio plácido rigoberto rogelio saturnino segundo "
    "valentín wenceslao "
    "adriana alicia andrea ángela blanca carolina cecilia claudia cristina diana elvira estela eva graciela "
    "inés irma laura leonor liliana lorena margarita marisol mónica norma olga paula rocío sandra sonia susana "
    "verónica yolanda azucena esperanza hebe nora estela adela amparo consuelo rigoberta".split()
)
