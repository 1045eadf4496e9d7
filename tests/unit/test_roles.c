/* Roles (src/events/roles.c): who acted on whom from the words around a
** trigger, hedged actors, and the ACLED types that what a trigger hits
** chooses.  Every sentence is this project's own. */
#include <stdio.h>
#include <string.h>

#include "doc.h"
#include "events/roles.h"
#include "testutil.h"

/* One case: a sentence, the event it gives, and its sides by ACLED
** category (names are the actor pack's business): '-' no actor in that
** role, 'S' state forces, 'A' an armed group (inter 2 to 4), 'R' rioters,
** 'P' protesters, 'C' civilians.  Fatalities -1: none. */
typedef struct role_case {
  const char *lang, *text;
  const char *type, *sub;
  char actor1, actor2;
  double fatalities;
} role_case;

static const sr_event *the_event(const sr_doc *doc, const char *text) {
  const sr_event *e[4];
  size_t n = test_live_events(doc, e, 4);
  if (n != 1) print_error("'%s': %zu events, expected 1\n", text, n);
  assert_int_equal(n, 1);
  return e[0];
}

static char category(const sr_doc *doc, long actor) {
  if (actor < 0) return '-';
  int inter = sr_actor_of(&doc->mentions.items[actor])->inter;
  if (sr_inter_non_state_armed(inter)) return 'A';
  switch (inter) {
    case SR_INTER_STATE: return 'S';
    case SR_INTER_RIOTERS: return 'R';
    case SR_INTER_PROTESTERS: return 'P';
    case SR_INTER_CIVILIANS: return 'C';
    default: return '?';
  }
}

static void expect_actor(const sr_doc *doc, long actor, char want, const char *text) {
  char got = category(doc, actor);
  if (got != want) print_error("'%s': side %c, expected %c\n", text, got, want);
  assert_int_equal(got, want);
}

static void check(void **state, const role_case *c) {
  sr_doc *doc = test_doc(*state, c->text, c->lang, "2020-03-10");
  const sr_event *e = the_event(doc, c->text);
  const char *type = sr_acled_type_name(doc->engine->acled, e->sub);
  const char *sub = sr_acled_sub_name(doc->engine->acled, e->sub);
  if (strcmp(type, c->type) != 0 || strcmp(sub, c->sub) != 0)
    print_error("'%s': %s / %s, expected %s / %s\n", c->text, type, sub, c->type, c->sub);
  assert_string_equal(type, c->type);
  assert_string_equal(sub, c->sub);
  expect_actor(doc, e->actor1, c->actor1, c->text);
  expect_actor(doc, e->actor2, c->actor2, c->text);
  if (e->fatalities != c->fatalities)
    print_error("'%s': %g killed, expected %g\n", c->text, e->fatalities, c->fatalities);
  assert_true(e->fatalities == c->fatalities);
  sr_doc_free(doc);
}

#define VAC "Violence against civilians"
#define SD "Strategic developments"

/* actor1 acts, actor2 suffers, in both voices; the victims' side never acts */
static void test_who_acts_on_whom(void **state) {
  static const role_case cases[] = {
      /* a bare participle with "by": who acts follows */
      {"en", "Five villagers killed by gunmen near Djibo on Monday.", VAC, "Attack", 'A',
       'C', 5},
      {"fr", "Trois habitants tués par des hommes armés lundi près de Djibo.", VAC, "Attack",
       'A', 'C', 3},
      {"fr", "Deux civils blessés sous les tirs de jihadistes lundi près de Djibo.", VAC,
       "Attack", 'A', 'C', -1},
      {"en", "Malian soldiers attacked by jihadists near Gao on Monday.", "Battles",
       "Armed clash", 'A', 'S', -1},
      /* the agent after an auxiliary and its participle ("a été perpétrée
      ** par", "has been carried out by") acts: it is not what was hit */
      {"fr", "Une attaque a été perpétrée par des jihadistes contre des villageois lundi près de Gao.",
       VAC, "Attack", 'A', '-', -1},
      {"en", "An attack has been carried out by jihadists against villagers near Gao on Monday.",
       VAC, "Attack", 'A', '-', -1},
      /* who fired, after a death its subject suffers, killed */
      {"fr", "Deux personnes ont trouvé la mort après des tirs de gendarmes lundi près de Kaya.",
       VAC, "Attack", 'S', '-', 2},
      {"en", "Two men died after gunfire from police near the market in Kano on Monday.", VAC,
       "Attack", 'S', '-', 2},
      /* "de" after a weapon's noun names who fires it, not whom it hits */
      {"fr", "Des bombardements de l'armée malienne ont tué douze civils lundi près de Gao.",
       "Explosions/Remote violence", "Shelling/artillery/missile attack", 'S', 'C', 12},
      {"fr", "L'arrestation de miliciens a eu lieu lundi près de Gao.", SD, "Arrests", '-', 'A',
       -1},
      /* counted victims before a bare participle: no one is told to act */
      {"en", "Three members of the Malian army killed near Gao on Monday.", "Battles", "Armed clash", '-',
       'S', 3},
      /* civilians who suffer a passive are its actor2 */
      {"en", "Five villagers were killed near Djibo on Monday.", VAC, "Attack", '-', 'C',
       5},
      /* two armed sides before a clash: the first acts, the second is hit */
      {"en", "Malian soldiers and jihadists clashed near Gao on Monday.", "Battles",
       "Armed clash", 'S', 'A', -1},
      {"fr", "Des soldats maliens et des jihadistes se sont affrontés lundi près de Gao.",
       "Battles", "Armed clash", 'S', 'A', -1},
      /* clashes between armed men no one names: they are both sides */
      {"fr", "Des affrontements entre groupes armés rivaux ont fait trois morts vendredi près de "
             "Zawiya, en Libye.",
       "Battles", "Armed clash", 'A', 'A', 3},
      {"en", "Clashes between armed groups broke out on Friday night near Zawiya, Libya.",
       "Battles", "Armed clash", 'A', 'A', -1},
      /* the two parties of an agreement, the second with its acronym in
      ** brackets right before the verb */
      {"fr", "Le gouvernement malien et le Front de libération de l'Azawad (FLA) ont signé jeudi "
             "à Alger un accord de cessez-le-feu.",
       SD, "Agreement", 'S', 'A', -1},
      {"en", "The Malian government and the Azawad Liberation Front (FLA) signed a ceasefire in "
             "Algiers on Thursday.",
       SD, "Agreement", 'S', 'A', -1},
      /* clashes between two sides after it, the first told with a clause
      ** set off by commas: the second follows ", et" / ", and" */
      {"fr", "Des affrontements ont éclaté lundi entre des rebelles du M23, un groupe armé actif "
             "depuis 2012, et des soldats congolais près de Goma.",
       "Battles", "Armed clash", 'A', 'S', -1},
      {"en", "Clashes erupted on Monday between ADF rebels, a group that has long been active in "
             "the region, and Congolese soldiers near Beni.",
       "Battles", "Armed clash", 'A', 'S', -1},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
}

/* What a trigger hits chooses the type ACLED gives it. */
static void test_what_is_hit_types_it(void **state) {
  static const role_case cases[] = {
      /* the women among fighters killed are fighters: two armed sides */
      {"en", "Four Maoists including two women were killed in an encounter with police near "
             "Dantewada on Monday.",
       "Battles", "Armed clash", 'S', 'A', 4},
      /* an armed post or an armed person: two armed sides */
      {"en", "Presumed jihadists attacked a military post near Djibo on Monday.", "Battles",
       "Armed clash", 'A', '-', -1},
      {"fr", "Des hommes armés ont attaqué une patrouille lundi près de Djibo.", "Battles",
       "Armed clash", 'A', '-', -1},
      /* the gendarme is state forces (forces.txt): the side it hits */
      {"en", "Gunmen killed a gendarme near Djibo on Monday.", "Battles", "Armed clash", 'A',
       'S', 1},
      {"en", "Militants exchanged gunfire with a patrol near Djibo on Monday.", "Battles",
       "Armed clash", 'A', '-', -1},
      /* the separatists are an armed group of the actor pack: the side hit */
      {"fr", "L'opération a permis de neutraliser deux séparatistes lundi près de Bamenda.",
       "Battles", "Armed clash", '-', 'A', 2},
      /* one victim named with an article is one killed */
      {"en", "Gunmen shot dead a trader near Djibo on Monday.", VAC, "Attack", 'A', '-', 1},
      {"fr", "Des hommes armés ont abattu un commerçant lundi près de Djibo.", VAC, "Attack",
       'A', '-', 1},
      /* one more after "and": two victims */
      {"en", "Gunmen shot dead a trader and a nurse near Djibo on Monday.", VAC, "Attack", 'A',
       '-', 2},
      {"fr", "Des hommes armés ont abattu un commerçant et un enseignant lundi près de Djibo.",
       VAC, "Attack", 'A', '-', 2},
      /* killings told by their manner */
      {"en", "Gunmen hacked to death three herders near Djibo on Monday.", VAC, "Attack", 'A',
       '-', 3},
      {"fr", "Des hommes armés ont égorgé trois bergers lundi près de Djibo.", VAC, "Attack", 'A',
       '-', 3},
      /* property or weapons seized: no ground taken */
      {"en", "Militants seized livestock near Djibo on Monday.", SD,
       "Looting/property destruction", 'A', '-', -1},
      {"en", "Malian soldiers seized weapons and ammunition near Gao on Monday.", SD,
       "Disrupted weapons use", 'S', '-', -1},
      {"en", "Militants pillaged shops near Djibo on Monday.", SD, "Looting/property destruction",
       'A', '-', -1},
      /* a crowd's damage is a riot; a crowd fighting the police too */
      {"en", "Rioters burned the town hall in Bobo-Dioulasso on Monday.", "Riots",
       "Violent demonstration", 'R', '-', -1},
      {"en", "Clashes between students and Malian police broke out in Bamako on Monday.", "Riots",
       "Violent demonstration", 'C', 'S', -1},
      /* civilians who do the violence are a mob; victims of a bare participle are not */
      {"en", "Women assaulted a trader near the market in Dori on Monday.", "Riots",
       "Mob violence", 'R', '-', -1},
      {"en", "Students and parents fought in Dori on Monday.", "Riots", "Mob violence", 'R', '-',
       -1},
      {"en", "Gunmen killed ten villagers and wounded five others in Dori on Monday.", VAC,
       "Attack", 'A', 'C', 10},
      /* property seized beside a killing is an event of its own */
      {"en", "Militants seized two motorbikes near Djibo on Monday.", SD,
       "Looting/property destruction", 'A', '-', -1},
      {"en", "Militants seized four carts near Djibo on Monday.", SD,
       "Looting/property destruction", 'A', '-', -1},
      {"fr", "Des hommes armés se sont emparés de deux charrettes lundi près de Djibo.", SD,
       "Looting/property destruction", 'A', '-', -1},
      /* a bomb defused did not go off: the disarming is the event */
      {"en", "Malian soldiers defused an IED near Gao on Monday.", SD, "Disrupted weapons use",
       'S', '-', -1},
      {"en", "Malian soldiers dismantled an IED near Gao on Monday.", SD, "Disrupted weapons use",
       'S', '-', -1},
      {"en", "Political opponents clashed in Dori on Monday.", "Riots", "Mob violence", 'R', '-',
       -1},
      /* a road blocked by a crowd: ACLED's violent demonstration */
      {"en", "Students blocked the road to Dori on Monday.", "Riots", "Violent demonstration",
       'R', '-', -1},
      /* a side's decision about its own activity */
      {"en", "The governor extended the curfew in Dori on Monday.", SD,
       "Change to group/activity", '-', '-', -1},
      {"fr", "Le gouverneur a instauré un couvre-feu lundi à Dori.", SD,
       "Change to group/activity", '-', '-', -1},
      {"en", "Militants made an incursion into a village near Djibo on Monday.", SD,
       "Change to group/activity", 'A', '-', -1},
      {"en", "Malian soldiers disarmed militiamen near Gao on Monday.", SD,
       "Disrupted weapons use", 'S', 'A', -1},
      {"en", "Militants set up a base near Djibo on Monday.", SD,
       "Headquarters or base established", 'A', '-', -1},
      /* an armed side's members taken are a fight, civilians taken an abduction */
      {"en", "Militants abducted four volunteer fighters near Djibo on Monday.", "Battles",
       "Armed clash", 'A', 'A', -1},
      {"en", "Militants abducted four teachers near Djibo on Monday.", VAC,
       "Abduction/forced disappearance", 'A', '-', -1},
      /* bandits are an armed side: killing them is a fight */
      {"en", "Vigilantes killed three armed bandits near Fada on Monday.", "Battles",
       "Armed clash", '-', 'A', 3},
      /* figures joined by "and" count alike: the verb before the first,
      ** the words after the second; not a figure that went missing */
      {"en", "Militants ambushed a patrol near Djibo on Monday, killing two soldiers and five "
             "volunteer fighters.", "Battles", "Armed clash", 'A', 'A', 7},
      {"en", "One volunteer fighter and four militants were killed near Djibo on Monday.",
       "Battles", "Armed clash", '-', 'A', 5},
      {"en", "Three volunteer fighters were killed and one went missing near Djibo on Monday.",
       "Battles", "Armed clash", '-', 'A', 3},
      {"fr", "Des jihadistes ont tendu une embuscade lundi près de Djibo, tuant deux soldats et "
             "cinq volontaires.", "Battles", "Armed clash", 'A', '-', 7},
      /* a strike that workers begin is a protest, not an air strike */
      {"en", "Prison guards began a strike in protest against their pay in Dori on Monday.",
       "Protests", "Peaceful protest", 'P', '-', -1},
      /* soldiers who riot or mutiny riot, as Rioters (implied: no side of
      ** the sentence); militants who burn destroy property */
      {"en", "Malian soldiers rioted in the streets of Gao on Monday to demand their pay.",
       "Riots", "Violent demonstration", '-', '-', -1},
      /* civilians who wreck property are a mob: a violent demonstration */
      {"en", "Students burned a police station in Dori on Monday.", "Riots",
       "Violent demonstration", 'R', 'S', -1},
      /* a fight with the police during a protest is one riot, not a battle
      ** beside a protest */
      {"en", "Clashes with Malian police broke out in Gao on Monday during protests against "
             "fuel prices.", "Riots", "Violent demonstration", '-', 'S', -1},
      /* the figure before an active verb with its own figure counts who acted */
      {"en", "Two militants killed two herders near Djibo on Monday.", VAC, "Attack", 'A', '-', 2},
      {"en", "Two people killed, five wounded near Djibo on Monday.", VAC, "Attack", '-', '-', 2},
      /* a grenade thrown is an explosion of its own sub-event type; one
      ** listed among the weapons seized is an item */
      {"en", "Gunmen threw a grenade at a bar in Dori on Monday.", "Explosions/Remote violence",
       "Grenade", 'A', '-', -1},
      {"fr", "Des inconnus ont lancé une grenade lundi contre un bar de Dori.",
       "Explosions/Remote violence", "Grenade", 'A', '-', -1},
      {"en", "Malian soldiers seized two rifles, a grenade and explosives near Gao on Monday.", SD,
       "Disrupted weapons use", 'S', '-', -1},
      /* fighters among the dead say two sides fought, whoever else died */
      {"en", "Three militants and two civilians were killed in an attack near Djibo on Monday.",
       "Battles", "Armed clash", '-', 'A', 5},
      /* people who marched protested; "On March 7" is a month */
      {"en", "Teachers marched in Dori on Monday to demand their pay.", "Protests",
       "Peaceful protest", 'P', '-', -1},
      {"en", "On March 7, gunmen attacked a military post near Djibo.", "Battles", "Armed clash",
       'A', '-', -1},
      /* one victim told with "the", a pronoun, or as a passive subject */
      {"en", "Gunmen killed the village chief in Djibo on Monday.", VAC, "Attack", 'A', '-', 1},
      {"en", "Gunmen stopped a trader near Djibo on Monday and executed him.", VAC, "Attack",
       'A', '-', 1},
      {"en", "The mayor was shot dead by gunmen in Djibo on Monday.", VAC, "Attack", 'A', '-', 1},
      {"fr", "Des hommes armés ont tué lundi le chef du village de Tin-Akoff.", VAC, "Attack",
       'A', '-', 1},
      {"en", "Gunmen killed the gendarme in Djibo on Monday.", "Battles", "Armed clash", 'A',
       'S', 1},
      /* a beating is violence on a person */
      {"en", "A nurse was beaten by soldiers in Kaya on Monday.", VAC, "Attack", 'S', '-', -1},
      /* a clause set off by a comma after "the attack" names who did it */
      {"fr", "Dix personnes ont été retrouvées décapitées dimanche dans un village près de "
             "Djibo. L'attaque, attribuée à un groupe jihadiste nommé « JNIM », a eu lieu à "
             "l'aube.", VAC, "Attack", 'A', '-', 10},
      {"en", "Ten people were found beheaded in a village near Djibo on Sunday. The attack, "
             "blamed on a group known as JNIM, took place at dawn.", VAC, "Attack", 'A', '-', 10},
      /* allies named together act together: the first named is actor1 */
      {"en", "On Monday, Burkinabe soldiers and volunteer fighters killed ten militants near "
             "Djibo.", "Battles", "Armed clash", 'S', 'A', 10},
      /* a counted subject after the speaker did it; "it" after "said" is
      ** the speaker */
      {"en", "Police said three missiles hit an office building in Vinnytsia on Thursday.",
       "Explosions/Remote violence", "Shelling/artillery/missile attack", '-', '-', -1},
      {"en", "The army said it killed 20 militants near Gao on Monday.", "Battles",
       "Armed clash", 'S', 'A', 20},
      /* the parties of an agreement named together, before or after it */
      {"fr", "Le gouvernement centrafricain et les rebelles ont signé jeudi à Bangui un accord "
             "de cessez-le-feu.", "Strategic developments", "Agreement", 'S', 'A', -1},
      {"en", "The South Sudanese government and the rebels signed a ceasefire deal in Juba on "
             "Thursday.", "Strategic developments", "Agreement", 'S', 'A', -1},
      /* a crowd that puts state forces to flight riots: no battle */
      {"fr", "Des manifestants ont fait fuir les gendarmes lundi à Dalaba.", "Riots",
       "Violent demonstration", 'P', 'S', -1},
      /* who tells of a killing did not do it; whom the text says did, did */
      {"en", "Five civilians were killed in Djibo on Monday, police said.", VAC, "Attack", '-',
       'C', 5},
      {"fr", "Cinq civils ont été tués lundi à Djibo, a-t-on appris auprès de la police.", VAC,
       "Attack", '-', 'C', 5},
      {"en", "Five civilians were killed by police in Djibo on Monday, a witness said.", VAC,
       "Attack", 'S', 'C', 5},
      /* a hyphenated place inside what is blocked is one word */
      {"en", "Youths blocked the Kaya-Dori road on Monday.", "Riots", "Violent demonstration",
       'R', '-', -1},
      /* civilians who attack a building are a mob, those after "by" too */
      {"en", "Villagers attacked the customs office in Kaya on Monday.", "Riots",
       "Mob violence", 'R', '-', -1},
      {"en", "Shops were attacked by traders in Kaya on Monday.", "Riots", "Mob violence", 'R',
       '-', -1},
      /* a death with nothing after it befalls its subject: one victim */
      {"en", "A herder succumbed to his wounds in Kaya on Monday.", VAC, "Attack", '-', '-', 1},
      /* civilians who detain someone are a mob; not so the police */
      {"en", "Young people detained a tax collector in Kaya on Monday.", "Riots", "Mob violence",
       'R', '-', -1},
      /* the crowd is still the subject past what says which one */
      {"en", "Villagers from Bani attacked the customs post on Monday.", "Riots", "Mob violence",
       'R', '-', -1},
      {"en", "Villagers in Bani district beat a thief to death on Monday.", "Riots",
       "Mob violence", 'R', '-', -1},
      /* people captured are taken, not ground */
      {"en", "Gunmen captured three villagers near Djibo on Monday.", VAC,
       "Abduction/forced disappearance", 'A', 'C', -1},
      /* "confrontations" with the police: a fight */
      {"en", "Confrontations between soldiers and militants broke out near Djibo on Monday.",
       "Battles", "Armed clash", 'S', 'A', -1},
      /* the subject of a passive did not do what follows it */
      {"en", "Malian soldiers were killed on Monday in an ambush near Gao.", "Battles",
       "Armed clash", '-', 'S', -1},
      {"fr", "Des soldats maliens ont été tués lundi dans une embuscade près de Gao.", "Battles",
       "Armed clash", '-', 'S', -1},
      /* demonstrators who break in riot */
      {"en", "Demonstrators broke into the town hall of Kaya on Monday.", "Riots", "Mob violence",
       'R', '-', -1},
      /* "striking workers" are on strike, not an air strike */
      {"en", "Striking workers gathered outside the ministry in Ouagadougou on Monday.",
       "Protests", "Peaceful protest", 'P', '-', -1},
      /* a report of one sentence with no stop is no heading */
      {"en", "Students held a sit-in in Ouagadougou on Monday", "Protests", "Peaceful protest",
       'P', '-', -1},
      /* guerrillas are an armed side: soldiers who kill them fight */
      {"en", "Soldiers killed 13 guerrillas in two operations in Arauca on Monday.", "Battles",
       "Armed clash", 'S', 'A', 13},
      {"fr", "Des soldats ont tué 13 guérilleros lundi dans le département d'Arauca.", "Battles",
       "Armed clash", 'S', 'A', 13},
      /* a state, another's or its own, does not march: the crowd, implied */
      {"en", "The Kenyan government has urged calm in Uganda, which has been engulfed by "
             "protests this week.", "Protests", "Peaceful protest", '-', '-', -1},
      {"fr", "Le gouvernement kényan a appelé au calme en Ouganda, secoué cette semaine par des "
             "manifestations.", "Protests", "Peaceful protest", '-', '-', -1},
      {"en", "Soldiers protested in Bamako on Monday over unpaid wages.", "Protests",
       "Peaceful protest", '-', '-', -1},
      /* nor does an armed group: ACLED's protesters are non-violent */
      {"fr", "Des rebelles ont manifesté lundi à Bambari pour réclamer leurs primes de "
             "démobilisation.", "Protests", "Peaceful protest", '-', '-', -1},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
}

/* A protest that the next sentence says was dispersed is one with
** intervention, though two events tell it. */
static void test_protest_then_intervention(void **state) {
  const char *text = "Students protested in Dori on Monday. The police dispersed them with tear gas.";
  sr_doc *doc = test_doc(*state, text, "en", "2020-03-10");
  const sr_event *e[4];
  size_t n = test_live_events(doc, e, 4);
  assert_true(n >= 1);
  assert_string_equal(e[0]->action->name, "protest");
  assert_string_equal(sr_acled_sub_name(doc->engine->acled, e[0]->sub), "Protest with intervention");
  sr_doc_free(doc);
}

/* A protest, then what happened at it: one event, the riot the protest
** turned into, as ACLED codes a demonstration that turns violent.  A crowd
** that attacks, then loots, in one sentence riots once, as demonstrators,
** not as a mob; security forces hit at a protest, or fighting the crowd,
** with no armed group named, met a riot.  A clash the report as a whole
** makes a riot (no armed group in it) is typed after merging, so it stays
** apart from the march told before it. */
static void test_what_happened_at_a_protest(void **state) {
  static const struct {
    const char *lang, *text;
    size_t events;
  } cases[] = {
      {"en", "Pupils demonstrated in Kaya on Monday. The pupils attacked the prefect's office "
             "and looted a shop.", 1},
      {"fr", "Des jeunes ont manifesté lundi à Labé contre le préfet. Un gendarme a été tué par "
             "balle dans la ville.", 1},
      /* clashes with the police, the protest told the sentence before, in
      ** a report that names no armed group */
      {"fr", "Des milliers de manifestants ont défilé mercredi à Caracas. Plusieurs personnes ont "
             "été blessées dans les affrontements avec la police.", 2},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = test_doc(*state, cases[i].text, cases[i].lang, "2020-03-10");
    const sr_event *e[4];
    size_t n = test_live_events(doc, e, 4);
    assert_int_equal(n, cases[i].events);
    assert_string_equal(sr_acled_sub_name(doc->engine->acled, e[n - 1]->sub),
                        "Violent demonstration");
    sr_doc_free(doc);
  }
}

/* Blocking is a riot only when a road is blocked. */
static void test_only_a_road_blocked_is_a_riot(void **state) {
  const char *text = "The committee blocked the proposal in Dori on Monday.";
  sr_doc *doc = test_doc(*state, text, "en", "2020-03-10");
  const sr_event *e[4];
  size_t n = test_live_events(doc, e, 4);
  for (size_t i = 0; i < n && i < 4; i++)
    assert_string_not_equal(e[i]->action->name, "block");
  sr_doc_free(doc);
  role_case road = {"en", "Traffic was blocked for an hour in Dori on Monday.", "Riots",
                    "Violent demonstration", '-', '-', -1};
  check(state, &road);
}

/* Words whose subject suffers the attack ("est tombée dans une embuscade",
** "came under attack"): the forces told before it are hit (the armed group
** no one names that acts is implied at output, doc.c); and words whose
** subject dies ("ont péri", "perished", "lost their lives"), or whose
** victims follow ("a coûté la vie à"), count the toll (the forces or the
** civilians they count are implied as actor2 at output). */
static void test_the_subject_suffers_it(void **state) {
  static const role_case cases[] = {
      {"fr", "Une patrouille de l'armée malienne est tombée dans une embuscade lundi près de Gao.",
       "Battles", "Armed clash", '-', 'S', -1},
      {"fr", "Le poste de gendarmerie de Kaya a fait l'objet d'une attaque dans la nuit de lundi.",
       "Battles", "Armed clash", '-', 'S', -1},
      {"fr", "Un détachement militaire a été victime d'une embuscade lundi près de Djibo.",
       "Battles", "Armed clash", '-', 'S', -1},
      {"fr", "Un convoi de l'armée malienne a essuyé des tirs lundi près de Gao.", "Battles",
       "Armed clash", '-', 'S', -1},
      {"en", "A Malian army patrol fell into an ambush near Gao on Monday.", "Battles",
       "Armed clash", '-', 'S', -1},
      {"en", "A Malian army convoy came under attack near Gao on Monday.", "Battles",
       "Armed clash", '-', 'S', -1},
      /* "came under fire" from an armed side, not from critics */
      {"en", "A Malian army convoy came under fire from militants near Gao on Monday.", "Battles",
       "Armed clash", '-', 'S', -1},
      {"en", "A military detachment was the victim of an ambush near Djibo on Monday.", "Battles",
       "Armed clash", '-', 'S', -1},
      /* the side that suffers it, told again as its toll, did not lay it;
      ** who did may follow that toll */
      {"fr", "Un convoi de l'armée malienne est tombé dans une embuscade lundi près de Gao, "
             "faisant dix morts parmi les soldats.",
       "Battles", "Armed clash", '-', 'S', 10},
      {"en", "The rebels have lost over twenty militants in the battle against the Malian army "
             "near Gao.",
       "Battles", "Armed clash", 'S', 'A', 20},
      {"fr", "Au moins dix soldats maliens ont péri lundi dans une attaque près de Gao.", "Battles",
       "Armed clash", '-', '-', 10},
      {"fr", "Dix villageois ont trouvé la mort lundi dans une attaque près de Gao.", VAC, "Attack",
       '-', '-', 10},
      {"fr", "L'attaque a coûté la vie à dix soldats maliens lundi près de Gao.", "Battles",
       "Armed clash", '-', '-', 10},
      {"en", "At least ten Malian soldiers perished in an attack near Gao on Monday.", "Battles",
       "Armed clash", '-', '-', 10},
      {"en", "At least ten villagers lost their lives in an attack near Gao on Monday.", VAC,
       "Attack", '-', '-', 10},
      /* who died ("dies" in triggers.txt) did not lay the ambush they died
      ** in: they are hit, its doer unnamed */
      {"en", "The Malian soldiers died on Monday during an ambush near Gao.", "Battles",
       "Armed clash", '-', 'S', -1},
      {"fr", "Les soldats maliens sont morts lundi dans une embuscade près de Gao.", "Battles",
       "Armed clash", '-', 'S', -1},
      {"en", "The gendarmes, who were escorting a convoy, died in an ambush near Djibo on Monday.",
       "Battles", "Armed clash", '-', 'S', -1},
      {"fr", "Les gendarmes qui escortaient le convoi ont succombé lundi dans une embuscade près "
             "de Djibo.",
       "Battles", "Armed clash", '-', 'S', -1},
      /* but the forces named in a clause before the death are not who died */
      {"en", "Two teenagers struck by stray police bullets during unrest in the capital have "
             "died of their wounds.",
       VAC, "Attack", 'S', '-', 2},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
}

/* A clause with a subject of its own (roles.txt "clause"): who acts before
** it did not do its deed.  A pronoun may be that subject: passed over
** only when the deed before it hit someone ("three men"). */
static void test_a_clause_of_its_own(void **state) {
  static const struct {
    const char *lang, *text;
    char arrest1, attack1;
  } cases[] = {
      {"en", "Police arrested three men in Kano on Friday after they attacked a church.", 'S', '-'},
      {"fr", "Les policiers ont arrêté trois hommes vendredi à Niamey après qu'ils ont attaqué "
             "une église.",
       'S', '-'},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = test_doc(*state, cases[i].text, cases[i].lang, "2020-03-10");
    const sr_event *e[4];
    size_t n = test_live_events(doc, e, 4);
    if (n != 2) print_error("'%s': %zu events, expected 2\n", cases[i].text, n);
    assert_int_equal(n, 2);
    const char *sub0 = sr_acled_sub_name(doc->engine->acled, e[0]->sub);
    int arrest_first = strcmp(sub0, "Arrests") == 0;
    const sr_event *arrest = arrest_first ? e[0] : e[1], *attack = arrest_first ? e[1] : e[0];
    assert_string_equal(sr_acled_sub_name(doc->engine->acled, arrest->sub), "Arrests");
    expect_actor(doc, arrest->actor1, cases[i].arrest1, cases[i].text);
    expect_actor(doc, attack->actor1, cases[i].attack1, cases[i].text);
    sr_doc_free(doc);
  }
  /* a killing's circumstance is its doer's deed; whom it hit, told again as
  ** the attackers, fought the killers */
  static const role_case circumstance[] = {
      {"en", "Malian soldiers killed twelve jihadists in an attack near Gao on Monday.", "Battles",
       "Armed clash", 'S', 'A', 12},
      {"fr", "Les soldats ont tué dix jihadistes lors d'une attaque près de Gao.", "Battles",
       "Armed clash", 'S', 'A', 10},
      {"en", "Nigerian soldiers killed five Boko Haram fighters on Monday when the militants "
             "attacked a base in Borno state.",
       "Battles", "Armed clash", 'A', 'S', 5},
      {"en", "Malian troops killed ten jihadists on Sunday during an attack by the militants on "
             "their camp near Gao.",
       "Battles", "Armed clash", 'A', 'S', 10},
  };
  for (size_t i = 0; i < sizeof circumstance / sizeof *circumstance; i++)
    check(state, &circumstance[i]);
  /* "they" are the forces before it: nothing hit between */
  static const role_case same[] = {
      {"en", "Malian forces cut the road to Kidal on Thursday when they seized a hill near Anefis.",
       "Battles", "Government regains territory", 'S', '-', -1},
  };
  for (size_t i = 0; i < sizeof same / sizeof *same; i++) check(state, &same[i]);
}

/* "pris pour cible" is an attack on what follows it; in the passive, on
** the subject, by whom "par" names.  English only in the passive ("was
** targeted by"): an active "targeted" mostly retells a strike told before. */
static void test_taken_as_a_target(void **state) {
  static const role_case cases[] = {
      {"fr", "Des hommes armés ont pris pour cible une patrouille de l'armée malienne lundi près "
             "de Gao.",
       "Battles", "Armed clash", 'A', 'S', -1},
      {"fr", "Une patrouille de l'armée malienne a été prise pour cible par des hommes armés "
             "lundi près de Gao.",
       "Battles", "Armed clash", 'A', 'S', -1},
      {"en", "A police patrol was targeted by gunmen near Gao on Monday.", "Battles",
       "Armed clash", 'A', 'S', -1},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
}

/* Who backs the subject ("appuyées par", "backed by") is on its side: the
** subject acts, the backer is neither actor1 nor the side it fights. */
static void test_who_backs_the_subject(void **state) {
  static const role_case cases[] = {
      {"fr", "Les FACA, appuyées par les mercenaires russes de Wagner, ont repris Bambari aux "
             "rebelles de l'UPC.",
       "Battles", "Government regains territory", 'S', 'A', -1},
      {"en", "Rebels, backed by Rwandan troops, attacked an army post near Goma on Monday.",
       "Battles", "Armed clash", 'A', 'S', -1},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
}

/* An armed kind told by the adjective right after a deed's noun ("une
** attaque terroriste", armed_groups.txt "after") did it; who it hit
** follows; a single "terroriste" is an armed man.  In English the
** adjective comes before what was fired ("a rebel rocket attack",
** armed_groups.txt "before"; "government shelling": the home state's),
** and a death told "in" it is still the rebels' deed; "rebel-held" names
** no one, and the adjective is no target of another deed. */
static void test_the_attackers_adjective(void **state) {
  static const role_case cases[] = {
      {"en", "Five pupils died on Tuesday in a rebel rocket attack on a school in Homs.",
       "Explosions/Remote violence", "Shelling/artillery/missile attack", 'A', '-', 5},
      {"en", "Four villagers were killed on Tuesday in government shelling on the town of Saraqib.",
       "Explosions/Remote violence", "Shelling/artillery/missile attack", 'S', 'C', 4},
      {"en", "A terrorist rocket attack on a market in Aleppo killed six civilians on Sunday.",
       "Explosions/Remote violence", "Shelling/artillery/missile attack", 'A', 'C', 6},
      {"en", "Three farmers were killed on Monday in shelling of a rebel-held village near Idlib.",
       "Explosions/Remote violence", "Shelling/artillery/missile attack", '-', '-', 3},
      /* French: the adjective after the noun ("une attaque rebelle",
      ** "des bombardements gouvernementaux") */
      {"fr", "Cinq élèves ont été tués mardi dans une attaque rebelle contre une école de Homs.",
       VAC, "Attack", 'A', 'C', 5},
      {"fr", "Quatre villageois ont été tués mardi dans des bombardements gouvernementaux sur "
             "Idleb.",
       "Explosions/Remote violence", "Shelling/artillery/missile attack", 'S', '-', 4},
      /* the rebels of a later attack are not what the strikes hit */
      {"en", "Syrian air strikes killed 70 people in Douma on Friday after a rebel rocket attack on "
             "Damascus.",
       "Explosions/Remote violence", "Air/drone strike", 'S', '-', 70},
      {"fr", "Dix civils ont été tués dans une attaque terroriste lundi près de Djibo.", VAC,
       "Attack", 'A', 'C', 10},
      {"fr", "Une attaque jihadiste a fait dix morts parmi les VDP lundi près de Djibo.",
       "Battles", "Armed clash", 'A', 'A', 10},
      {"fr", "Un terroriste a été neutralisé par l'armée lundi près de Djibo.", "Battles",
       "Armed clash", 'S', 'A', 1},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
}

/* What a state's forces hold, their demonym on it ("une position
** israélienne", "a French military base"; forces.txt), is those forces:
** the side hit. */
static void test_what_forces_hold(void **state) {
  static const role_case cases[] = {
      {"fr", "Le Hezbollah a attaqué lundi une position israélienne près de la frontière.",
       "Battles", "Armed clash", 'A', 'S', -1},
      {"en", "Gunmen attacked a French military base near Gao on Monday.", "Battles",
       "Armed clash", 'A', 'S', -1},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
}

/* The armed word an "of" or a "by" names acts; it is no armed target that
** makes the deed a battle ("une attaque de miliciens" on civilians). */
static void test_who_an_of_names_is_not_hit(void **state) {
  static const role_case cases[] = {
      {"fr", "Douze civils ont été tués lundi lors d'une attaque de miliciens près de Bunia.", VAC,
       "Attack", 'A', 'C', 12},
      {"en", "Twelve civilians were killed in an attack by militiamen near Bunia on Monday.", VAC,
       "Attack", 'A', 'C', 12},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
}

/* A home-made device ("engin artisanal", "bombe artisanale") is an
** explosive planted: its blast is remote violence, whoever it kills. */
static void test_home_made_devices(void **state) {
  static const role_case cases[] = {
      {"fr", "Deux civils ont été tués lundi par l'explosion d'un engin artisanal près de Gao.",
       "Explosions/Remote violence", "Remote explosive/landmine/IED", '-', 'C', 2},
      {"fr", "Une bombe artisanale a tué deux civils lundi près de Gao.",
       "Explosions/Remote violence", "Remote explosive/landmine/IED", '-', 'C', 2},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
}

/* An age told with the one killed ("un homme de 62 ans", "a 62-year-old
** man"; roles.txt "age") is skipped: the one victim is still counted. */
static void test_the_victims_age(void **state) {
  static const role_case cases[] = {
      {"fr", "Un homme de 62 ans a été tué lundi par des tirs d'artillerie près de Kharkiv.",
       "Explosions/Remote violence", "Shelling/artillery/missile attack", '-', '-', 1},
      {"en", "A 62-year-old man was killed by shelling near Kharkiv on Monday.",
       "Explosions/Remote violence", "Shelling/artillery/missile attack", '-', '-', 1},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
}

/* Staff, medics and rescuers a strike kills are counted (counted.txt):
** the toll and its victims, people no side armed; "one policeman" counts
** the police, who were hit. */
static void test_staff_and_medics_counted(void **state) {
  static const role_case police = {
      "en", "A mortar hit the central square in Damascus on Monday, killing one policeman.",
      "Explosions/Remote violence", "Shelling/artillery/missile attack", '-', '-', 1};
  check(state, &police);
  sr_doc *hit = test_doc(*state, police.text, police.lang, "2020-03-10");
  assert_int_equal(the_event(hit, police.text)->implied_inter[1], SR_INTER_STATE);
  sr_doc_free(hit);
  static const role_case cases[] = {
      {"en", "Four staff of a relief group were killed when an airstrike hit a clinic near Idlib "
             "on Monday.",
       "Explosions/Remote violence", "Air/drone strike", '-', '-', 4},
      {"en", "Two medics were killed on Monday when a shell hit their ambulance near Idlib.",
       "Explosions/Remote violence", "Shelling/artillery/missile attack", '-', '-', 2},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    check(state, &cases[i]);
    sr_doc *doc = test_doc(*state, cases[i].text, cases[i].lang, "2020-03-10");
    assert_int_equal(the_event(doc, cases[i].text)->implied_inter[1], SR_INTER_CIVILIANS);
    sr_doc_free(doc);
  }
}

/* The auxiliary's number (roles.txt "many", "single"): "A number of people
** were killed" is no one victim; a sentence opening on "Un" whose verb is
** singular names one, however long its noun ("Un responsable d'un village
** ... a été tué"). */
static void test_the_auxiliary_s_number(void **state) {
  static const role_case cases[] = {
      {"en", "A number of people were killed in an attack by gunmen near Kaduna on Monday.",
       "Violence against civilians", "Attack", 'A', '-', -1},
      {"fr", "Un groupe de villageois ont été tués lundi dans une attaque d'hommes armés près de "
             "Gao.",
       "Violence against civilians", "Attack", 'A', 'C', -1},
      {"fr", "Un responsable d'un village frontalier dans le nord du pays a été tué lundi par "
             "des jihadistes près de Gao.",
       "Violence against civilians", "Attack", 'A', '-', 1},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
}

/* Deaths at a protest that no one is told to have caused are the crowd's
** own: force against protesters, not a mob's violence (a crowd after the
** deed is no doer without its "par", its "by"). */
static void test_deaths_at_a_protest(void **state) {
  static const role_case cases[] = {
      {"fr", "Deux personnes sont mortes et d'autres ont été blessées lundi à Conakry lors "
             "d'une journée de manifestation contre le pouvoir.",
       "Protests", "Excessive force against protesters", '-', 'P', 2},
      {"en", "A young man was shot dead during protests in Conakry on Monday.", "Protests",
       "Excessive force against protesters", '-', 'P', 1},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
}

/* A relative clause right after the trigger may name who did it further
** than "by" goes ("which the army has blamed on", "que l'armée a attribuée
** aux"): that group acts, who blames is no side. */
static void test_who_a_relative_clause_blames(void **state) {
  static const role_case cases[] = {
      {"en", "Five soldiers were killed in an ambush which the army has blamed on ELN rebels near "
             "Cucuta.",
       "Battles", "Armed clash", 'A', '-', 5},
      {"en", "Four villagers were killed in an attack that police blamed on ADF rebels near Beni.",
       VAC, "Attack", 'A', 'C', 4},
      {"fr", "Cinq soldats ont été tués dans une embuscade que l'armée a attribuée aux rebelles de "
             "l'ELN près de Cucuta.",
       "Battles", "Armed clash", 'A', '-', 5},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
}

/* The weapon told past an attack's target is the attacker's: the target
** is no one who fired it. */
static void test_the_attackers_weapon(void **state) {
  static const role_case cases[] = {
      {"en", "Militants attacked a police station with explosives near Quetta on Monday.",
       "Explosions/Remote violence", "Remote explosive/landmine/IED", 'A', 'S', -1},
      {"en", "FARC dissidents attacked an army base with explosives near Cali on Monday.",
       "Explosions/Remote violence", "Remote explosive/landmine/IED", 'A', 'S', -1},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
}

/* A killing of what flies unmanned (roles.txt "aircraft": drones,
** missiles) is a weapon's use disrupted, as ACLED codes interceptions; a
** killing of people stays one. */
static void test_drones_shot_down(void **state) {
  static const role_case cases[] = {
      {"fr", "L'armée ukrainienne a abattu vingt drones russes lundi près de Kharkiv.", SD,
       "Disrupted weapons use", 'S', '-', -1},
      {"fr", "Les soldats ont abattu deux jihadistes lundi près de Gao.", "Battles", "Armed clash",
       'S', 'A', 2},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
}

/* State forces whose aircraft open the trigger ("Nigerian warplanes
** bombed", "des avions militaires ont bombardé") fly the strike. */
static void test_aircraft_that_strike(void **state) {
  static const role_case cases[] = {
      {"en", "Nigerian warplanes bombed a camp near Maiduguri, Nigeria, on Monday.",
       "Explosions/Remote violence", "Air/drone strike", 'S', '-', -1},
      {"en", "Malian drones struck jihadists near Kidal, Mali, on Monday.",
       "Explosions/Remote violence", "Air/drone strike", 'S', 'A', -1},
      {"fr", "Des avions militaires ont bombardé lundi un marché près d'Idleb, en Syrie.",
       "Explosions/Remote violence", "Air/drone strike", 'S', '-', -1},
      {"fr", "Des drones ont frappé lundi un camion près de Kidal, au Mali.",
       "Explosions/Remote violence", "Air/drone strike", '-', '-', -1},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
}

/* Live fire on a crowd is force against protesters, a few words between
** the shot and its aim; kidnappers, gunmen ("tireurs") and men no one
** identifies ("des inconnus") are an armed group. */
static void test_live_fire_and_unknown_men(void **state) {
  static const role_case cases[] = {
      {"en", "Police fired live ammunition at protesters in Nairobi on Monday, killing two.",
       "Protests", "Excessive force against protesters", 'S', 'P', 2},
      {"fr", "La police a tiré à balles réelles sur des manifestants lundi à Conakry.", "Protests",
       "Excessive force against protesters", 'S', 'P', -1},
      {"fr", "Des ravisseurs ont enlevé dix passagers lundi près de Kaduna, au Nigeria.", VAC,
       "Abduction/forced disappearance", 'A', '-', -1},
      {"en", "A teacher was kidnapped by unidentified men near Kaduna, Nigeria, on Monday.", VAC,
       "Abduction/forced disappearance", 'A', '-', -1},
      /* unknown men by a determiner: "des inconnus", "deux inconnus"; never
      ** the adjective alone ("les auteurs restent inconnus") */
      {"fr", "Un commerçant a été enlevé par des inconnus lundi près de Kaduna, au Nigeria.", VAC,
       "Abduction/forced disappearance", 'A', '-', -1},
      {"fr", "Deux inconnus armés ont enlevé un commerçant lundi près de Kaduna, au Nigeria.", VAC,
       "Abduction/forced disappearance", 'A', '-', -1},
      {"fr", "Un enseignant a été enlevé par des tireurs lundi près de Kaduna, au Nigeria.", VAC,
       "Abduction/forced disappearance", 'A', '-', -1},
      {"fr", "Les auteurs de l'enlèvement d'un enseignant lundi près de Kaduna restent inconnus.",
       VAC, "Abduction/forced disappearance", '-', '-', -1},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
}

/* "arrêter" is an arrest in the active only with someone right after it
** (triggers.txt "someone"): a stop is no event. */
static void test_an_arrest_needs_someone(void **state) {
  static const role_case cases[] = {
      {"fr", "La police malienne a arrêté lundi trois suspects à Bamako.", SD, "Arrests", 'S', '-',
       -1},
      {"fr", "Les militaires ont arrêté des jihadistes présumés lundi près de Mopti.", SD,
       "Arrests", 'S', 'A', -1},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
  const char *stop = "Le convoi s'est arrêté lundi à Gao.";
  sr_doc *doc = test_doc(*state, stop, "fr", "2020-03-10");
  const sr_event *e[4];
  assert_int_equal(test_live_events(doc, e, 4), 0);
  sr_doc_free(doc);
}

/* "shot" alone is a shooting only at someone right after it in the active
** ("Police shot a protester"); "shots rang out", "shot down a drone", a
** passive (a toll told again) are none (triggers.txt "active"). */
static void test_a_shooting_needs_someone(void **state) {
  static const role_case cases[] = {
      {"en", "Police shot a protester in Lome on Tuesday.", "Protests",
       "Excessive force against protesters", 'S', 'P', -1},
      {"en", "Riot police shot three demonstrators near the stadium in Lome.", "Protests",
       "Excessive force against protesters", 'S', 'P', -1},
      /* force on a protester at a protest is one event with it */
      {"en", "Police beat a protester during a demonstration in Lome on Tuesday.", "Protests",
       "Excessive force against protesters", 'S', 'P', -1},
      /* wounds dealt during clashes: the clashes' other side is who dealt
      ** them, not no one (then a mob's violence on civilians); the crowd
      ** is named Rioters at output */
      {"fr", "Des gendarmes ont blessé quatre manifestants lors de heurts lundi à Lomé.", "Riots",
       "Violent demonstration", 'P', 'S', -1},
      {"en", "Police injured four protesters during clashes in Lome on Monday.", "Riots",
       "Violent demonstration", 'P', 'S', -1},
      /* the force named after riots is no riot, nor rioters */
      {"fr", "La police anti-émeute a blessé trois manifestants mardi à Lomé.", "Protests",
       "Excessive force against protesters", 'S', 'P', -1},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
  /* no one shot, or no doer: a toll told again ("a third man was shot") */
  static const char *none[] = {"Shots rang out near the market in Lome on Tuesday.",
                               "The rebels shot down a drone near Gao on Monday.",
                               "A third man was shot near the market in Lome.",
                               "Some were shot by the gunmen near the market in Lome.",
                               "Guards fired warning shots, forcing the gunmen to withdraw."};
  for (size_t i = 0; i < sizeof none / sizeof *none; i++) {
    sr_doc *doc = test_doc(*state, none[i], "en", "2020-03-10");
    const sr_event *e[4];
    size_t n = test_live_events(doc, e, 4);
    for (size_t j = 0; j < n && j < 4; j++)
      if (strcmp(e[j]->action->name, "attack") == 0) print_error("'%s': an attack\n", none[i]);
    for (size_t j = 0; j < n && j < 4; j++) assert_string_not_equal(e[j]->action->name, "attack");
    sr_doc_free(doc);
  }
}

/* Who a claim's passive names claims the deed, however far after it
** ("revendiqué par", roles.txt "agent ... claim"): it did it, though it
** speaks too; and it is no side the deed hit.  So does the group the deed
** bears the hallmarks of ("porte la marque de"). */
static void test_who_claims_it_did_it(void **state) {
  static const role_case cases[] = {
      {"fr", "L'attentat suicide qui a fait six morts à Gao lundi a été revendiqué par les "
             "jihadistes du JNIM.",
       "Explosions/Remote violence", "Suicide bomb", 'A', '-', 6},
      {"fr", "L'explosion qui a tué six soldats près de Gao lundi a été revendiquée par le JNIM.",
       "Explosions/Remote violence", "Remote explosive/landmine/IED", 'A', '-', 6},
      /* the group the deed points to, in the next sentence, as a claimant */
      {"fr", "Un attentat-suicide a fait onze morts mercredi soir à Kolofata, au Cameroun. S'il n'a "
             "pas été revendiqué, il porte la marque de Boko Haram.",
       "Explosions/Remote violence", "Suicide bomb", 'A', '-', 11},
      {"en", "A suicide bombing killed eleven people in Kolofata, Cameroon, on Wednesday. No one "
             "has claimed it, but it bears the hallmarks of Boko Haram.",
       "Explosions/Remote violence", "Suicide bomb", 'A', '-', 11},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) check(state, &cases[i]);
}

/* The hedge is kept as a flag on the actor it precedes, and nowhere else. */
static void test_hedged_actors(void **state) {
  static const struct {
    const char *lang, *text;
    int hedged;
  } cases[] = {
      {"en", "Suspected jihadists attacked a military post near Djibo on Monday.", 1},
      {"en", "Alleged militants killed two traders near Djibo on Monday.", 1},
      {"fr", "De présumés jihadistes ont attaqué un poste militaire lundi près de Djibo.", 1},
      {"en", "Presumed JNIM and/or ISGS militants attacked a military post near Djibo.", 1},
      {"en", "Jihadists attacked a military post near Djibo on Monday.", 0},
      /* a hedge on someone else */
      {"en", "Jihadists killed a suspected informer near Djibo on Monday.", 0},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    sr_doc *doc = test_doc(*state, cases[i].text, cases[i].lang, "2020-03-10");
    const sr_event *e = the_event(doc, cases[i].text);
    assert_true(e->actor1 >= 0);
    if (sr_roles_hedged(&doc->mentions, e->actor1) != cases[i].hedged)
      print_error("'%s': hedged %d, expected %d\n", cases[i].text, !cases[i].hedged,
                  cases[i].hedged);
    assert_int_equal(sr_roles_hedged(&doc->mentions, e->actor1), cases[i].hedged);
    sr_doc_free(doc);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_who_acts_on_whom),
      cmocka_unit_test(test_what_is_hit_types_it),
      cmocka_unit_test(test_protest_then_intervention),
      cmocka_unit_test(test_only_a_road_blocked_is_a_riot),
      cmocka_unit_test(test_what_happened_at_a_protest),
      cmocka_unit_test(test_hedged_actors),
      cmocka_unit_test(test_the_subject_suffers_it),
      cmocka_unit_test(test_an_arrest_needs_someone),
      cmocka_unit_test(test_a_shooting_needs_someone),
      cmocka_unit_test(test_who_claims_it_did_it),
      cmocka_unit_test(test_who_a_relative_clause_blames),
      cmocka_unit_test(test_the_attackers_weapon),
      cmocka_unit_test(test_drones_shot_down),
      cmocka_unit_test(test_live_fire_and_unknown_men),
      cmocka_unit_test(test_aircraft_that_strike),
      cmocka_unit_test(test_taken_as_a_target),
      cmocka_unit_test(test_who_backs_the_subject),
      cmocka_unit_test(test_the_attackers_adjective),
      cmocka_unit_test(test_what_forces_hold),
      cmocka_unit_test(test_who_an_of_names_is_not_hit),
      cmocka_unit_test(test_home_made_devices),
      cmocka_unit_test(test_the_victims_age),
      cmocka_unit_test(test_staff_and_medics_counted),
      cmocka_unit_test(test_the_auxiliary_s_number),
      cmocka_unit_test(test_deaths_at_a_protest),
      cmocka_unit_test(test_a_clause_of_its_own),
  };
  return cmocka_run_group_tests(tests, test_engine_setup, test_engine_teardown);
}
