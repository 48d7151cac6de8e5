//! English text (British spelling).
//!
//! Plain words for a worried person reading on a phone: short sentences, no
//! diagnosis ("your answers fit", "may"), no HTML. Every table is keyed by the
//! engine's typed ids, in their enums' order (checked when the crate
//! compiles); this file is the whole language.
use super::*;

use AdviceGroup::{About, AtHome, AtWork, Condition, Exercise, Now, Prevention};

/// Every table of this language: its one entry in `BUNDLED`.
pub static LANG: Lang = Lang {
    code: "en",
    ui: &UI,
    result: &RESULT,
    remember: &REMEMBER,
    export: &EXPORT,
    questions: &QUESTIONS,
    sections: &SECTIONS,
    triage: &TRIAGE,
    red_flags: &RED_FLAGS,
    patterns: &PATTERNS,
    risk_factors: &RISK_FACTORS,
    reasons: &REASONS,
    advice: &ADVICE,
    said: SAID,
};

const QUESTIONS: [QuestionText; Q::COUNT] = [
    // About you
    qt(
        Q::Age,
        "How old are you?",
        "This check is made for people aged 16 and over.",
        &[],
    ),
    qt(
        Q::Sex,
        "What is your sex?",
        "You can skip this. It helps us judge the chance of a weak or broken bone in the spine.",
        &[(Opt::Female, "Female"), (Opt::Male, "Male"), (Opt::Other, "Other")],
    ),
    // The pain
    qt(
        Q::Duration,
        "How long have you had this bout of back pain?",
        "Count from when this episode of pain started.",
        &[
            (Opt::Under1Week, "Less than 1 week"),
            (Opt::Weeks1To4, "1 to 4 weeks"),
            (Opt::Weeks4To12, "4 to 12 weeks"),
            (Opt::Over12Weeks, "More than 12 weeks"),
        ],
    ),
    qt(
        Q::PainNow,
        "How bad is your pain right now, from 0 to 10?",
        "0 means no pain at all. 10 means the worst pain you can imagine.",
        &[],
    ),
    qt(
        Q::Improving,
        "Over the last few days, how has your pain changed?",
        "",
        &[
            (Opt::Better, "It is getting better"),
            (Opt::Same, "It is about the same"),
            (Opt::Worse, "It is getting worse"),
        ],
    ),
    qt(
        Q::RestEases,
        "Does the pain ease when you rest or lie down?",
        "",
        &[],
    ),
    qt(
        Q::PainReach,
        "How far down does the pain go?",
        "Pick the lowest place the pain reaches. The picture shows each area.",
        &[
            (Opt::BackOnly, "Lower back only"),
            (Opt::ButtockOrThigh, "Down to the buttock or thigh"),
            (Opt::BelowKnee, "Below the knee"),
        ],
    ),
    qt(
        Q::LegPainSide,
        "Do you have pain or other odd feelings in your legs?",
        "Count pain, numbness, tingling or weakness in a leg or foot.",
        &[
            (Opt::None, "No leg symptoms"),
            (Opt::OneLeg, "One leg"),
            (Opt::BothLegs, "Both legs"),
        ],
    ),
    qt(
        Q::LegNumbness,
        "Do you have numbness, tingling or pins and needles in a leg or foot?",
        "",
        &[],
    ),
    qt(
        Q::OnsetActivity,
        "What were you doing when the pain started?",
        "Pick all that apply.",
        &[
            (Opt::Lifting, "Lifting something"),
            (Opt::Twisting, "Twisting or turning"),
            (Opt::Running, "Running"),
            (Opt::OtherSport, "Another sport or workout"),
            (Opt::LongSitting, "Sitting for a long time"),
            (Opt::LongStanding, "Standing for a long time"),
            (Opt::NoneKnown, "Nothing I know of, it came on by itself"),
        ],
    ),
    qt(
        Q::Injury,
        "Did the pain start after an injury?",
        "",
        &[
            (Opt::None, "No injury"),
            (Opt::Minor, "A strain, a slip, or a fall from standing height"),
            (Opt::Major, "A big fall, a road accident or a hard blow to the back"),
        ],
    ),
    qt(
        Q::InjuryWhen,
        "When did that injury happen?",
        "",
        &[
            (Opt::Last7Days, "In the last 7 days"),
            (Opt::Weeks1To4, "1 to 4 weeks ago"),
            (Opt::LongerAgo, "More than 4 weeks ago"),
        ],
    ),
    // Warning signs
    qt(
        Q::BladderBowel,
        "Since your back pain began, has peeing or pooing changed?",
        "For example: you cannot pee, or have to strain to start; the stream is weak; you cannot feel when your bladder is full; or you leak pee or poo without meaning to.",
        &[],
    ),
    qt(
        Q::SaddleNumbness,
        "Since your back pain began, does the skin around your genitals, bottom or inner thighs feel different?",
        "Numb, tingling, pins and needles, or just not normal. For example, the toilet paper feels different when you wipe.",
        &[],
    ),
    qt(
        Q::SexualDysfunction,
        "Since your back pain began, have you had new problems with sex?",
        "For example, trouble getting an erection or ejaculating, or less feeling in your genitals during sex.",
        &[],
    ),
    qt(
        Q::LegWeakness,
        "Is one or both of your legs or feet weak?",
        "For example, your foot drags or slaps down, you keep tripping, or a leg gives way.",
        &[
            (Opt::None, "No weakness"),
            (Opt::Stable, "A little, and it is not getting worse"),
            (Opt::Worsening, "Yes, and it is getting worse"),
            (Opt::SevereOrSudden,
                "Yes, badly or suddenly: my foot drops, a leg gives way, or it began in the last few days",
            ),
        ],
    ),
    qt(
        Q::Fever,
        "Do you have a fever or chills, or do you feel very unwell in yourself?",
        "For example, you feel hot and shivery, or far more ill than back pain alone would explain.",
        &[],
    ),
    qt(
        Q::InfectionRisk,
        "Do you inject drugs, have a weak immune system, or have you recently had an infection or a procedure on your spine?",
        "A weak immune system can come from cancer treatment, medicines after a transplant, or HIV.",
        &[],
    ),
    qt(
        Q::WeightLoss,
        "Have you lost weight recently without trying?",
        "For example, your clothes have got looser without you dieting.",
        &[],
    ),
    qt(
        Q::CancerHistory,
        "Have you ever had cancer?",
        "Answer yes even if it was treated a long time ago.",
        &[],
    ),
    qt(
        Q::BoneRisk,
        "Do you have thin, weak bones (osteoporosis), or have you taken steroid tablets for a long time?",
        "Steroid tablets such as prednisolone, taken for 3 months or more.",
        &[],
    ),
    qt(
        Q::NightPain,
        "Is the pain there all the time at night or at rest, whatever position you lie in?",
        "Pain that wakes you when you turn over, then settles, does not count.",
        &[],
    ),
    // How the pain behaves
    qt(
        Q::OnsetAge,
        "How old were you when this back pain first began?",
        "You can skip this. A rough age is fine.",
        &[],
    ),
    qt(
        Q::MorningStiffness,
        "When you get up in the morning, is your back stiff for more than 30 minutes?",
        "",
        &[],
    ),
    qt(
        Q::BetterWithExercise,
        "Does your back feel better once you exercise or move about?",
        "",
        &[],
    ),
    qt(
        Q::WakesSecondHalfNight,
        "Does the pain wake you in the second half of the night?",
        "For example, in the early hours of the morning.",
        &[],
    ),
    qt(
        Q::WalkingLegPain,
        "When you walk or stand, do you get pain, heaviness or tingling in your legs that eases when you sit down or bend forward?",
        "",
        &[],
    ),
    qt(
        Q::ExtensionPain,
        "Is the pain worse when you arch or lean your back backwards?",
        "",
        &[],
    ),
    // Running
    qt(
        Q::Runs,
        "Do you run regularly?",
        "Count jogging, running for a sport, and treadmill running.",
        &[],
    ),
    qt(
        Q::PainWhenRunning,
        "Does the pain start or get worse when you run?",
        "",
        &[],
    ),
    // Lifestyle and work
    qt(
        Q::HeightCm,
        "How tall are you, in centimetres?",
        "You can skip this. 1 inch is about 2.5 cm, so 5 feet 6 inches is about 168 cm.",
        &[],
    ),
    qt(
        Q::WeightKg,
        "How much do you weigh, in kilograms?",
        "You can skip this. 1 stone is about 6.4 kg and 1 pound is about 0.45 kg.",
        &[],
    ),
    qt(
        Q::Activity,
        "How active are you in a usual week?",
        "",
        &[
            (Opt::Inactive, "I rarely exercise"),
            (Opt::WeekendOnly, "I exercise mostly at weekends"),
            (Opt::Regular, "I am active on several days most weeks"),
        ],
    ),
    qt(
        Q::Smoking,
        "Do you smoke?",
        "Count cigarettes, rolling tobacco, cigars and pipes.",
        &[],
    ),
    qt(
        Q::AlcoholUnitsWeek,
        "About how many units of alcohol do you drink in a week?",
        "You can skip this. A pint of ordinary beer or a medium glass of wine is about 2 units. A single shot of spirits is 1 unit.",
        &[],
    ),
    qt(
        Q::WorkDemands,
        "What does your work involve?",
        "Pick all that apply. Count unpaid work and caring too.",
        &[
            (Opt::HeavyLifting, "Lifting or carrying heavy things"),
            (Opt::TwistingBending, "A lot of bending or twisting"),
            (Opt::LongSitting, "Sitting for long periods"),
            (Opt::LongStanding, "Standing for long periods"),
            (Opt::Vibration, "Driving or using machines that shake the whole body"),
            (Opt::None, "None of these"),
        ],
    ),
    qt(
        Q::FamilyHistory,
        "Has anyone in your close family had arthritis, osteoporosis or problems with their spine?",
        "Close family means parents, brothers, sisters or children.",
        &[],
    ),
    qt(
        Q::SpineStructure,
        "Have you been told you have scoliosis (a curved spine) or another spine condition?",
        "",
        &[],
    ),
    // Recovery outlook
    qt(
        Q::OtherPain,
        "In the last two weeks, have you also had pain in your neck or shoulder?",
        "",
        &[],
    ),
    qt(
        Q::SlowDressing,
        "In the last two weeks, has your back made you slower at getting dressed?",
        "",
        &[],
    ),
    qt(
        Q::ShortWalks,
        "In the last two weeks, has your back kept you to walking only short distances?",
        "",
        &[],
    ),
    qt(
        Q::FearOfMovement,
        "Do you think being physically active could be unsafe for your back?",
        "There are no right or wrong answers.",
        &[],
    ),
    qt(
        Q::Worry,
        "Lately, have worries been on your mind much of the time?",
        "",
        &[],
    ),
    qt(
        Q::Catastrophising,
        "Does your pain feel awful, as if it will never get better?",
        "",
        &[],
    ),
    qt(
        Q::LowMood,
        "Lately, have you lost interest in things you normally enjoy?",
        "",
        &[],
    ),
    qt(
        Q::Bothersomeness,
        "Overall, how much has your back pain troubled you in the last two weeks?",
        "",
        &[
            (Opt::NotAtAll, "Not at all"),
            (Opt::Slightly, "A little"),
            (Opt::Moderately, "A fair amount"),
            (Opt::VeryMuch, "A lot"),
            (Opt::Extremely, "Extremely"),
        ],
    ),
];

/// Short first-person words for an answer, quoted on the result ("Because you said ...").
/// `{n}` is the number given. Choices are quoted by their option labels.
static SAID: &[Said] = &[
    said(Q::Age, "Age {n}", ""),
    said(Q::PainNow, "Pain {n} out of 10", ""),
    said(Q::RestEases, "Rest eases it", "Rest does not ease it"),
    said(
        Q::LegNumbness,
        "Numbness or tingling in a leg",
        "No numbness in the legs",
    ),
    said(
        Q::BladderBowel,
        "Peeing or pooing has changed",
        "No bladder or bowel change",
    ),
    said(
        Q::SaddleNumbness,
        "The skin around my bottom feels different",
        "No change around my bottom",
    ),
    said(
        Q::SexualDysfunction,
        "New problems with sex",
        "No new problems with sex",
    ),
    said(Q::Fever, "Fever or feeling very unwell", "No fever"),
    said(
        Q::InfectionRisk,
        "A higher risk of infection",
        "No higher risk of infection",
    ),
    said(
        Q::WeightLoss,
        "Weight loss without trying",
        "No weight loss",
    ),
    said(Q::CancerHistory, "I have had cancer", "Never had cancer"),
    said(
        Q::BoneRisk,
        "Thin bones or long-term steroids",
        "No thin bones or steroids",
    ),
    said(
        Q::NightPain,
        "Constant pain at night",
        "No constant night pain",
    ),
    said(Q::OnsetAge, "It began at {n}", ""),
    said(
        Q::MorningStiffness,
        "Stiff for over 30 minutes in the morning",
        "No long morning stiffness",
    ),
    said(
        Q::BetterWithExercise,
        "Exercise makes it better",
        "Exercise does not help",
    ),
    said(
        Q::WakesSecondHalfNight,
        "It wakes me in the early hours",
        "It does not wake me",
    ),
    said(
        Q::WalkingLegPain,
        "Leg pain on walking, eased by sitting",
        "No leg pain on walking",
    ),
    said(
        Q::ExtensionPain,
        "Worse when I arch my back",
        "Arching does not hurt more",
    ),
    said(Q::Runs, "I run regularly", "I do not run"),
    said(
        Q::PainWhenRunning,
        "Running brings on the pain",
        "Running does not bring it on",
    ),
    said(Q::HeightCm, "Height {n} cm", ""),
    said(Q::WeightKg, "Weight {n} kg", ""),
    said(Q::Smoking, "I smoke", "I do not smoke"),
    said(Q::AlcoholUnitsWeek, "{n} units of alcohol a week", ""),
    said(
        Q::FamilyHistory,
        "Spine or bone problems in my family",
        "No family history",
    ),
    said(
        Q::SpineStructure,
        "A known spine condition",
        "No known spine condition",
    ),
    said(
        Q::OtherPain,
        "Neck or shoulder pain too",
        "No neck or shoulder pain",
    ),
    said(
        Q::SlowDressing,
        "Slower getting dressed",
        "Dressing as usual",
    ),
    said(Q::ShortWalks, "Only short walks", "Walking as usual"),
    said(
        Q::FearOfMovement,
        "Activity may be unsafe for my back",
        "Activity feels safe",
    ),
    said(Q::Worry, "Worries on my mind a lot", "Not worrying much"),
    said(
        Q::Catastrophising,
        "The pain feels like it will never get better",
        "The pain feels manageable",
    ),
    said(
        Q::LowMood,
        "Less interest in things I enjoy",
        "Still enjoying things",
    ),
];

const SECTIONS: [(Section, &str); 7] = [
    (Section::About, "About you"),
    (Section::ThePain, "Your pain"),
    (Section::WarningSigns, "Warning signs"),
    (Section::PainPattern, "How the pain behaves"),
    (Section::Running, "Running"),
    (Section::Lifestyle, "Your lifestyle and work"),
    (Section::Recovery, "How you are coping"),
];

const TRIAGE: [TriageText; 4] = [
    TriageText {
        id: Triage::SelfCare,
        title: "You can look after this at home",
        action: "Follow your plan below. See a doctor if it is not getting better in 2 to 4 weeks, or sooner if a warning sign appears.",
    },
    TriageText {
        id: Triage::SeeGp,
        title: "Book a doctor or physiotherapist",
        action: "Book to see a GP (family doctor) or a physiotherapist in the next 1 to 2 weeks. Until then, follow your plan, and get help sooner if a warning sign appears.",
    },
    TriageText {
        id: Triage::Urgent,
        title: "See a doctor today",
        action: "Contact a doctor today, within 24 hours at the latest. Call your doctor's surgery and say it is urgent, or use an urgent care or out-of-hours service.",
    },
    TriageText {
        id: Triage::Emergency,
        title: "Get emergency help now",
        action: "Call {number} or go to the nearest emergency department now. Do not wait to see if it gets better, and do not drive yourself.",
    },
];

const RED_FLAGS: [Explainer<RedFlag>; RedFlag::COUNT] = [
    ex(
        RedFlag::CaudaEquina,
        "Possible pressure on the nerves at the base of the spine",
        "Your answers may point to pressure on the bundle of nerves at the bottom of your spine (cauda equina syndrome). It needs checking in hospital straight away: quick treatment can protect your bladder, bowel, sex life and legs.",
    ),
    ex(
        RedFlag::ProgressiveDeficit,
        "Leg weakness that is severe, sudden or getting worse",
        "Weakness like this may mean a nerve is being squeezed hard. It needs to be examined straight away, so the nerve can be protected before lasting harm is done.",
    ),
    ex(
        RedFlag::Malignancy,
        "Signs that need a check for a less common cause",
        "Past cancer, weight loss without trying, or constant night pain can go with a more serious cause, such as cancer in the spine. With nerve symptoms too, nerves may be under pressure.",
    ),
    ex(
        RedFlag::Infection,
        "Possible infection",
        "Back pain together with a fever, feeling very unwell, or a higher chance of infection can, rarely, mean an infection in the spine. It can be treated, but a doctor needs to check you quickly and may do tests.",
    ),
    ex(
        RedFlag::Fracture,
        "Possible broken bone in the spine",
        "Your answers suggest your bones may be weaker than usual, for example because of osteoporosis, steroid tablets or age. Then even a small fall or strain can crack a bone in the spine. A doctor should check you within a day so it can be found and treated.",
    ),
    ex(
        RedFlag::MajorTrauma,
        "Back pain after a serious injury",
        "After a big fall, a road accident or a hard blow, back pain can come from a broken bone or other damage. If moving makes the pain worse, keep as still as you can until you are checked.",
    ),
];

const PATTERNS: [Explainer<Pattern>; Pattern::COUNT] = [
    ex(
        Pattern::NonSpecific,
        "Possibly common back pain (a strain or sprain)",
        "Your answers may fit the most common kind of back pain: a strain or sprain of the muscles, ligaments or joints, or wear such as osteoarthritis of the small joints. Often no single cause is found, and that is normal.",
    ),
    ex(
        Pattern::Radicular,
        "Possible sciatica (an irritated nerve)",
        "Your answers may fit sciatica. This is when a nerve root leaving the lower spine is irritated, often by a bulging (herniated) disc, so pain travels down the leg, sometimes with numbness or tingling. It often eases with time, and a doctor or physiotherapist can confirm it.",
    ),
    ex(
        Pattern::Stenosis,
        "Possible narrowing in the lower spine (spinal stenosis)",
        "Your answers may fit spinal stenosis. With age, the space for the nerves in the lower spine can narrow, so walking or standing brings on leg pain or heaviness that eases when you sit or bend forward. A doctor or physiotherapist can confirm it, and exercise and physiotherapy often help.",
    ),
    ex(
        Pattern::Inflammatory,
        "Possible inflammatory back pain",
        "Your answers may fit inflammatory back pain, which can be a sign of a condition called axial spondyloarthritis. It often starts before 40, and is worse after rest and better with movement. It needs a doctor to check, and it can be treated.",
    ),
    ex(
        Pattern::Spondylolysis,
        "Possible stress fracture in a vertebra (spondylolysis)",
        "Your answers may fit spondylolysis, a small stress fracture in the back part of a vertebra (one of the bones of the spine), which can let the vertebra slip forward (spondylolisthesis). It is common in young athletes who arch backwards a lot. A doctor or physiotherapist can confirm it; it usually heals well with rest and rehab.",
    ),
];

const RISK_FACTORS: [Explainer<Risk>; Risk::COUNT] = [
    ex(
        Risk::ExcessWeight,
        "Extra body weight",
        "Extra weight puts more load on the discs and joints of your back. This can change, and even a small weight loss helps.",
    ),
    ex(
        Risk::Inactivity,
        "Not much exercise",
        "Weak back and tummy muscles give your spine less support. This can change: regular activity builds strength and makes back pain less likely.",
    ),
    ex(
        Risk::WeekendWarrior,
        "Exercise mostly at weekends",
        "A lot of exercise after a quiet week makes strains more likely. Spreading your activity across the week lowers that risk.",
    ),
    ex(
        Risk::Smoking,
        "Smoking",
        "Smoking reduces blood flow to the discs, slows healing and weakens bones. Stopping helps at any age.",
    ),
    ex(
        Risk::Alcohol,
        "Drinking more than 14 units a week",
        "Drinking above this level is linked with more back pain and weaker bones. Cutting down can help.",
    ),
    ex(
        Risk::WorkLifting,
        "Lifting, bending or twisting at work",
        "Heavy lifting and a lot of bending or twisting strain the lower back. Safer ways of lifting and help with loads can reduce the strain.",
    ),
    ex(
        Risk::WorkPosture,
        "Long hours sitting or standing at work",
        "Staying in one position for hours loads the same parts of your back all day. Changing position often and a good work set-up can help.",
    ),
    ex(
        Risk::WorkVibration,
        "Whole-body vibration at work",
        "Long hours driving or using machines that shake the whole body are linked with back pain. Breaks, good seating and less time exposed can help.",
    ),
    ex(
        Risk::MoodAndStress,
        "Worry, stress or low mood",
        "Pain and mood affect each other: stress and low mood can make pain feel worse and last longer. This can change, and support for your mood is part of good back care.",
    ),
    ex(
        Risk::AgeOver30,
        "Age over 30",
        "Back pain becomes more common after 30, as discs slowly wear. You cannot change your age, but staying active keeps your back stronger.",
    ),
    ex(
        Risk::FamilyHistory,
        "Family history",
        "Arthritis, osteoporosis or spine problems in your family can make back problems more likely. Some cancers that run in families can affect the spine too: tell your doctor about them.",
    ),
    ex(
        Risk::SpineStructure,
        "A known spine condition",
        "A difference in the shape of the spine, such as scoliosis, can make back pain more likely. Tell any doctor or physiotherapist you see about it.",
    ),
];

const REASONS: [Explainer<ReasonId>; ReasonId::COUNT - RedFlag::COUNT] = [
    ex(
        ReasonId::UnansweredRedFlags,
        "Some warning-sign questions were not answered",
        "Without these answers, this check cannot rule out a serious cause, so it cannot say it is safe to look after this at home. A doctor or physiotherapist can ask you about them.",
    ),
    ex(
        ReasonId::MissingAnswers,
        "Some key questions were not answered",
        "These answers decide whether you should see someone. Without them, it is safer to have a doctor or physiotherapist check you.",
    ),
    ex(
        ReasonId::ContradictoryAnswers,
        "Some answers do not fit together",
        "Some of your answers seem to disagree, for example about where the pain goes. We have read them the safer way. A doctor or physiotherapist can talk them through with you.",
    ),
    ex(
        ReasonId::Under16,
        "You are under 16",
        "This check is made for adults. Back pain in children and teenagers is more often linked to a specific cause, so a doctor should check it.",
    ),
    ex(
        ReasonId::UnansweredCaudaEquina,
        "Nerve warning signs not answered, with leg symptoms",
        "With pain or other symptoms in your legs, the questions about bladder, bowel, sex and feeling around your bottom matter most. Without clear answers, a doctor should ask you about them today.",
    ),
    ex(
        ReasonId::BothLegsNerve,
        "New nerve symptoms in both legs",
        "Pain below the knee or numbness in both legs can mean pressure on several nerves at once. A doctor should examine you today.",
    ),
    ex(
        ReasonId::LegWeakness,
        "Weakness in a leg or foot",
        "Weakness can mean a nerve is being pressed on. Even if it is not getting worse, a doctor should examine you within a day.",
    ),
    ex(
        ReasonId::OldInjury,
        "Pain since a serious injury some time ago",
        "A big injury more than 4 weeks ago can leave long-lasting pain. A doctor or physiotherapist should check your back, and may look for an injury that was missed.",
    ),
    ex(
        ReasonId::PainBelowKnee,
        "Pain spreads below the knee",
        "Pain that travels below the knee often comes from an irritated nerve. A doctor or physiotherapist should check how the nerve is working.",
    ),
    ex(
        ReasonId::LegNumbness,
        "Numbness or tingling in a leg",
        "Numbness, tingling or pins and needles can mean a nerve is involved. A doctor or physiotherapist can test the feeling, strength and reflexes in your legs.",
    ),
    ex(
        ReasonId::BothLegs,
        "Symptoms in both legs",
        "Symptoms in both legs are less usual with common back pain, so a doctor or physiotherapist should check them. Get emergency help at once if bladder or bowel problems or numbness around your bottom start.",
    ),
    ex(
        ReasonId::LastingWeeks,
        "Pain has lasted more than 4 weeks",
        "Most back pain improves within a few weeks. When it lasts longer, a doctor or physiotherapist can look for what is slowing recovery and offer more support.",
    ),
    ex(
        ReasonId::SevereNotEased,
        "Severe pain that rest does not ease",
        "Very strong pain that does not settle with rest is worth a look by a doctor or physiotherapist, to check the cause and to help you manage the pain.",
    ),
    ex(
        ReasonId::GettingWorse,
        "The pain is getting worse",
        "Back pain usually eases bit by bit. Pain that is getting worse should be checked by a doctor or physiotherapist.",
    ),
    ex(
        ReasonId::NotImproving,
        "The pain is not improving",
        "Most back pain starts to ease within days. If yours has not changed after the first week, a doctor or physiotherapist can check it and help you with a plan.",
    ),
    ex(
        ReasonId::WeightLoss,
        "Weight loss without trying",
        "Losing weight without trying has many possible causes, and some need tests. A doctor should look into it along with your back pain.",
    ),
    ex(
        ReasonId::NightPain,
        "Constant pain at night or at rest",
        "Pain that no position eases is less typical of common back pain. A doctor should check it to rule out a less common cause.",
    ),
    ex(
        ReasonId::BoneRisk,
        "Thin bones or long-term steroids",
        "Weaker bones can crack more easily, sometimes with little or no injury. A doctor can check for this and help you protect your bones.",
    ),
    ex(
        ReasonId::WomanOver70,
        "A woman aged 70 or over",
        "Bones get thinner with age, fastest in women, and a bone in the spine can crack with little or no injury. A doctor should check new back pain.",
    ),
    ex(
        ReasonId::Over70NewPain,
        "Aged 70 or over, with new back pain",
        "Bones get thinner with age, and a bone in the spine can crack with little or no injury. At 70 or over, a doctor should check new back pain.",
    ),
    ex(
        ReasonId::WalkingLegPain,
        "Leg pain on walking, eased by sitting",
        "Leg pain that limits your walking and eases when you sit needs a doctor or physiotherapist to find the cause, whatever your age.",
    ),
    ex(
        ReasonId::SlowRecoveryRisk,
        "A higher risk of a slow recovery",
        "Your answers about how the pain affects your life and mood suggest you may need more support than home care alone. A doctor or physiotherapist can help you get moving with confidence.",
    ),
    ex(
        ReasonId::Radicular,
        "Signs of an irritated nerve (sciatica)",
        "Nerve pain often improves with time, but a doctor or physiotherapist should check how the nerve is working and help you manage the pain.",
    ),
    ex(
        ReasonId::Stenosis,
        "Leg pain on walking, eased by sitting",
        "This can be a sign of narrowing in the lower spine. A doctor or physiotherapist can confirm it and suggest exercises and other treatments.",
    ),
    ex(
        ReasonId::Inflammatory,
        "Signs of inflammatory back pain",
        "This kind of back pain needs a doctor to check, sometimes with blood tests or scans. If it is confirmed, there are good treatments, and starting early helps.",
    ),
    ex(
        ReasonId::Spondylolysis,
        "Pain on arching back in a young athlete",
        "In young people who do sport, this can be a stress fracture in the back of one of the bones of the spine. A doctor or physiotherapist should check it before you return to full training.",
    ),
];

const ADVICE: [AdviceText; Advice::COUNT] = [
    // What to do now.
    adv(
        Advice::EmergencyNow,
        Now,
        "Get emergency help now",
        "Go now. Ask someone to take you, and do not drive yourself.",
        &[
            "Some of your answers may be signs of a serious problem that needs treatment quickly. Call the emergency number or go to the nearest emergency department now. Do not wait to see if it passes.",
            "If you can, ask someone to take you or to stay with you.",
            "Show the staff this result, or tell them which warning signs you have. Bring a list of any medicines you take.",
        ],
    ),
    adv(
        Advice::UrgentToday,
        Now,
        "See a doctor today",
        "Call your doctor's surgery now and say it is urgent.",
        &[
            "Some of your answers mean a doctor should see you today, or within 24 hours at the latest. Do not wait for a routine appointment.",
            "Call your doctor's surgery and say it is urgent. If they cannot see you today, use an urgent care centre, an out-of-hours service or a health advice phone line.",
            "Tell them which answers in your result led to this advice. If any sign under \"When to get help\" appears before you are seen, call the emergency number.",
        ],
    ),
    adv(
        Advice::BookAppointment,
        Now,
        "Book an appointment",
        "Book a GP or physiotherapist within 1 to 2 weeks.",
        &[
            "Book to see a GP (family doctor) or a physiotherapist in the next 1 to 2 weeks. In many places you can see a physiotherapist without being referred.",
            "Before you go, note when the pain started, what makes it better or worse, and which medicines you have tried. Your result lists the answers that led to this advice.",
            "Until then, keep as active as you can and use the home advice below. If a warning sign appears, get help sooner.",
        ],
    ),
    adv(
        Advice::SelfCarePlan,
        Now,
        "Your plan for the next few weeks",
        "Keep to your normal day as far as the pain allows.",
        &[
            "Your answers fit back pain that can usually be looked after at home. Keep up your normal activities as much as the pain allows, even if you go slower for a while.",
            "Use pain relief, heat or cold if they help you keep moving. Pick a few gentle exercises from the advice below and do them every day.",
            "Expect good days and bad days. Most people feel clearly better within a few weeks. See a doctor if the pain is not getting better in 2 to 4 weeks, has not eased at all after the first week, or if a warning sign appears.",
        ],
    ),
    adv(
        Advice::Under16,
        Now,
        "This check is made for adults",
        "See a doctor, with a parent or carer if you can.",
        &[
            "This tool is designed for people aged 16 and over. Its questions and advice may not fit children and teenagers.",
            "In young people, back pain is more often linked to a specific cause, such as a stress injury from sport. Please see a doctor, with a parent or carer if you can, so they can check it properly.",
            "If any of the warning signs in this check apply to you, get help straight away.",
        ],
    ),
    adv(
        Advice::UnansweredWarningSigns,
        Now,
        "Some warning signs were not checked",
        "Answer the open warning-sign questions, or ask a doctor about them.",
        &[
            "Some warning-sign questions were left open or answered \"Not sure\". These questions look for rare but serious causes of back pain.",
            "Without those answers, this result cannot rule out a serious cause. That is why it does not suggest looking after your back at home on your own.",
            "You can go back and answer them now, or talk them through with a doctor or nurse.",
        ],
    ),
    // What the answers may fit.
    adv(
        Advice::Sciatica,
        Condition,
        "Sciatica: what helps",
        "Keep gently active. Nerve pain often eases over 6 to 12 weeks.",
        &[
            "Sciatica is pain from an irritated nerve root in the lower back, often pressed on by a bulging (herniated) disc. It runs down the leg, sometimes with numbness or tingling.",
            "Keep moving as much as the pain allows. Short walks and changing position often help more than rest. An anti-inflammatory may take the edge off.",
            "Most sciatica settles within 6 to 12 weeks. A doctor or physiotherapist can check the nerve and give you exercises.",
            "Get help at once if a leg becomes weak, both legs are affected, or peeing, pooing, sex or the feeling around your bottom changes.",
        ],
    ),
    adv(
        Advice::InflammatoryPain,
        Condition,
        "Back pain that may be inflammatory",
        "Ask a doctor whether this could be inflammatory back pain.",
        &[
            "Back pain that began slowly before 40, is worse after rest and eases with exercise can come from inflammation in the joints of the spine (axial spondyloarthritis).",
            "It needs a doctor. Blood tests and scans can help confirm it, and early treatment with exercise and medicines works well.",
            "Questions to ask: could this be inflammatory back pain? Do I need blood tests, or to see a rheumatologist (a joint specialist)?",
            "Mention eye inflammation, psoriasis, bowel problems, or family members with similar back pain: they make it more likely.",
        ],
    ),
    adv(
        Advice::StressFractureRest,
        Condition,
        "Rest from what hurts until you are seen",
        "Rest from running and anything that hurts until you have been checked.",
        &[
            "In young athletes, back pain that is worse when arching backwards may come from a stress fracture in the back of a vertebra (spondylolysis). Sometimes the vertebra then slips forward (spondylolisthesis).",
            "Until a doctor or physiotherapist has checked you, stop running and any sport or movement that brings on the pain, especially arching backwards.",
            "Walking and everyday activities are fine if they do not hurt. Found early, it usually heals well with rest and a rehab programme.",
        ],
    ),
    // At home.
    adv(
        Advice::StayActive,
        AtHome,
        "Keep moving",
        "Keep up your normal activities as much as you can. Avoid bed rest.",
        &[
            "Staying active is one of the best things you can do for back pain. Keep up your normal daily activities as much as you can, even if you do less or go slower at first.",
            "Avoid bed rest. Lying down for long periods makes the back stiffer and weaker and can slow your recovery. Short rests when you need them are fine.",
            "Take a break from heavy or strenuous tasks for a while, but keep moving. Gentle movement eases stiffness, reduces pain and stops your muscles getting weaker.",
            "Some pain when you move is normal. It does not mean you are doing harm.",
        ],
    ),
    adv(
        Advice::PainMedicines,
        AtHome,
        "Pain medicines",
        "An anti-inflammatory such as ibuprofen can help you keep moving.",
        &[
            "Anti-inflammatory medicines such as ibuprofen can ease back pain. Take the lowest dose that helps, for the shortest time you need it, and follow the leaflet.",
            "Ask a doctor or pharmacist first if you are 65 or over, have had a stomach ulcer, have kidney or heart problems or asthma, take blood thinners, or are pregnant. Ask first too if you take steroid tablets (such as prednisolone) for a long time: with an anti-inflammatory they raise the risk of bleeding from the stomach.",
            "Guidelines do not recommend paracetamol on its own for back pain, as it does little for most people. Opioid painkillers, such as codeine or morphine, are not advised for long-lasting back pain, because the risks outweigh the benefits.",
            "Medicines work best as a help to keep you moving, not as a treatment on their own.",
        ],
    ),
    adv(
        Advice::HeatAndIce,
        AtHome,
        "Heat and cold",
        "Try a heat pad or a cold pack for 15 to 20 minutes.",
        &[
            "A heat pad, a hot water bottle or a warm bath can relax tight muscles and ease pain. Some people find a cold pack helps more, especially in the first couple of days.",
            "Use whichever feels better. Wrap it in a towel so it does not touch your skin, and use it for 15 to 20 minutes at a time.",
            "Check your skin often. Take extra care if you have diabetes or poor feeling in your skin.",
        ],
    ),
    adv(
        Advice::SleepPositions,
        AtHome,
        "Sleeping more comfortably",
        "Lie on your side with a pillow between your knees.",
        &[
            "Try lying on your side with your knees bent up a little towards your chest. A pillow between your knees keeps your hips and back in line.",
            "If you prefer lying on your back, a pillow under your knees can take some strain off your lower back.",
            "A firm, supportive mattress usually helps more than a very soft one. To get out of bed, roll onto your side first, then push yourself up with your arms as you swing your legs down.",
        ],
    ),
    adv(
        Advice::MoodAndWorry,
        AtHome,
        "Worry, mood and pain",
        "Worry and low mood make pain worse. Talking to someone helps.",
        &[
            "Pain and mood affect each other. Worry, stress and low mood can make pain feel stronger and last longer, and pain can bring your mood down.",
            "It is very common to fear that moving will cause damage. With common back pain, hurt does not usually mean harm, and gentle activity helps you recover.",
            "Talking therapies, such as cognitive behavioural therapy (CBT), are part of good care for back pain. They can help you cope and get back to the things you enjoy. Ask your doctor about them.",
            "If you feel hopeless or have thoughts of harming yourself, talk to a doctor or a helpline today.",
        ],
    ),
    adv(
        Advice::LongLastingPain,
        AtHome,
        "When pain lasts longer",
        "Ask about an exercise programme and support to manage the pain.",
        &[
            "Pain that goes on for weeks or months can wear you down and affect your sleep, work, mood and time with others. It can be serious for your quality of life, even though it is rarely dangerous.",
            "Long-lasting pain does not usually mean ongoing damage. Over time, the nerves that carry pain messages can become more sensitive, so pain can feel strong even when your back is healing.",
            "A plan that combines exercise, staying active and support for coping works best. A doctor or physiotherapist can help you build one and set small, steady goals.",
        ],
    ),
    // At work.
    adv(
        Advice::LiftingSafely,
        AtWork,
        "Lifting safely",
        "Bend your knees, hold loads close, and turn with your feet.",
        &[
            "Before you lift, check the weight. If it is too heavy or awkward, do not try: get help, or use a trolley or other lifting aid.",
            "Stand close to the load with your feet apart. Bend your knees, not just your back, tighten your tummy muscles, and keep your head up and in line with your back.",
            "Hold the load close to your body as you lift. Do not twist as you lift or carry: turn by moving your feet.",
            "At work, ask about training, lifting aids and ways to share heavy tasks.",
        ],
    ),
    adv(
        Advice::DeskAndStanding,
        AtWork,
        "Sitting and standing at work",
        "Change position at least every 30 to 60 minutes.",
        &[
            "Set your work surface at a comfortable height, so you do not stoop or stretch to reach it. At a desk, have the top of your screen at about eye level and your shoulders relaxed.",
            "Change position often. Get up, walk around or gently stretch at least every 30 to 60 minutes.",
            "A small cushion or a rolled-up towel behind the small of your back gives support when you sit. If your feet do not rest flat on the floor, use a footrest or a few books.",
            "If you stand for long periods, rest one foot on a low step and swap feet now and then. Wear comfortable, low-heeled shoes.",
        ],
    ),
    adv(
        Advice::VibrationAtWork,
        AtWork,
        "Vibration at work",
        "Take breaks out of the seat, and ask about better seating.",
        &[
            "Long hours driving or using machines that shake your whole body put extra strain on your back.",
            "Take regular breaks to get out, walk and stretch. Adjust your seat so your lower back is supported and you can reach the controls easily.",
            "Ask your employer about seats or cabs that soak up vibration, and about sharing time on the machine.",
        ],
    ),
    // Exercise and running.
    adv(
        Advice::BackExercise,
        Exercise,
        "Exercise for your back",
        "Walk, swim or cycle most days, and build up each week.",
        &[
            "Regular exercise is one of the best ways to ease back pain and stop it coming back. It builds up the muscles of your back and tummy, which support your spine.",
            "Low-impact activities are a good place to start: walking, swimming, cycling, yoga or pilates. Start gently and do a little more each week.",
            "A physiotherapist can show you exercises that suit your back, your age and your fitness. Some discomfort while you exercise is normal. Ease off if the pain is much worse afterwards.",
        ],
    ),
    adv(
        Advice::GetMoving,
        Exercise,
        "Getting more active",
        "Build up to 150 minutes of activity a week, starting small.",
        &[
            "Being more active helps protect your back, and it is never too late to start. Even short walks count.",
            "Aim to build up to about 150 minutes of moderate activity a week, such as brisk walking, spread over most days. Start well below that and add a little at a time.",
            "Choose something you enjoy, so it is easier to keep going. Walking and swimming are gentle on the back.",
        ],
    ),
    adv(
        Advice::WeekendWarrior,
        Exercise,
        "Spread exercise through the week",
        "Spread your exercise over the week instead of one big session.",
        &[
            "Sitting still most of the week and then doing hours of sport or gym at the weekend is a common way to strain your back.",
            "Try to spread your activity over several days. Short sessions in the week keep your muscles ready for longer ones.",
            "Warm up before sport, build up slowly after a break, and stop if you feel a sudden sharp pain.",
        ],
    ),
    adv(
        Advice::StenosisWalking,
        Exercise,
        "Walking when your legs ache",
        "When your legs ache, lean forward or sit for a moment, then walk on.",
        &[
            "If walking or standing brings on leg pain, bending forward usually eases it, because it gives the nerves more room. Sitting down for a moment helps too.",
            "Leaning forward on a shopping trolley or walking poles can help you walk further. Cycling, including on an exercise bike, is often easier than walking.",
            "Keep walking a little every day and rest when you need to. A physiotherapist can give you exercises that help you stay active.",
        ],
    ),
    adv(
        Advice::RunningReturn,
        Exercise,
        "Running with back pain",
        "Run shorter, slower and less often until it settles.",
        &[
            "You do not usually need to stop running. Keep moving, but cut down how far, how often and how hard you run until the pain settles.",
            "Run-walk intervals work well, for example 1 minute of running then 1 minute of walking. Build up gradually, adding a little each week as long as the pain stays settled.",
            "Strengthen your trunk and hips two or three times a week, for example with bridges, side planks and clamshells (lying on your side and opening your knees).",
            "If the pain makes you change how you run, or gets worse during or after a run, ease off more.",
        ],
    ),
    adv(
        Advice::RunnerLegPain,
        Exercise,
        "Running with leg pain",
        "Run less, and stop if leg pain spreads or tingling starts.",
        &[
            "In runners, pain from the lower back into the buttock or thigh often comes from a strained muscle, the sacroiliac joint, or the piriformis or hamstring muscles. Pain below the knee, tingling or numbness point more to an irritated nerve.",
            "Cut down how far and how hard you run, or swap to walking, cycling or swimming for a while. Stop running if the leg pain spreads further or tingling or weakness start.",
            "See a doctor or physiotherapist if leg pain lasts more than a couple of weeks, wakes you at night, or comes back every time you run.",
        ],
    ),
    // Prevention.
    adv(
        Advice::HealthyWeight,
        Prevention,
        "A healthy weight",
        "Small, steady changes to food and activity ease the load on your back.",
        &[
            "Extra weight adds load to the discs and joints of your back. Losing even a small amount can ease that load.",
            "Small, steady changes work best: more vegetables and fibre, fewer sugary drinks and snacks, and more daily movement. A doctor, nurse or dietitian can help you make a plan.",
        ],
    ),
    adv(
        Advice::BoneHealth,
        Prevention,
        "Keeping your bones strong",
        "Get enough calcium and vitamin D, and ask about a bone check.",
        &[
            "Strong bones are less likely to break. Your body needs calcium, phosphorus and vitamin D to build and keep bone.",
            "Milk, cheese, yoghurt, tinned fish with soft bones, tofu and green vegetables give calcium. Phosphorus comes from foods such as dairy, meat, fish, nuts and beans. Sunlight on your skin makes vitamin D, and many people need a supplement in winter.",
            "Walking and other weight-bearing exercise help too, and so do not smoking and keeping alcohol low. If you have osteoporosis or take steroid tablets, ask your doctor whether you need a bone check or treatment.",
        ],
    ),
    adv(
        Advice::StopSmoking,
        Prevention,
        "Stopping smoking",
        "Stopping smoking helps your discs and bones. Support makes it easier.",
        &[
            "Smoking reduces blood flow to the discs in your back, which can make them wear faster. It also slows healing and raises the risk of thin bones (osteoporosis). A smoker's cough can strain the back too.",
            "Stopping helps your back and your whole body, at any age. Stop-smoking services, nicotine replacement and other medicines make quitting much more likely to work. Ask your doctor or pharmacist.",
        ],
    ),
    adv(
        Advice::Alcohol,
        Prevention,
        "Cutting down on alcohol",
        "Keep to 14 units a week or less, with alcohol-free days.",
        &[
            "Drinking more than 14 units a week is linked with more back pain and weaker bones. Alcohol also disturbs sleep, which makes pain harder to cope with.",
            "Spread your drinks over the week and have several alcohol-free days. A pint of ordinary beer is about 2 units, and a large glass of wine is about 3.",
            "If cutting down is hard, your doctor can help, in confidence.",
        ],
    ),
    // Topics everyone can open (More about back pain).
    adv(
        Advice::WhatIsHappening,
        About,
        "How your lower back works",
        "The lower back carries your upper body on 5 vertebrae, discs and joints.",
        &[
            "Your lower back, or lumbar spine, carries the weight of your upper body. It has 5 bones called vertebrae. Between each pair sits a disc: a tough outer layer around a soft, jelly-like centre. The discs work as shock absorbers. At the back, two small facet joints link each vertebra to the next and guide how you bend and twist.",
            "Ligaments are strong bands that hold the bones and discs together. Tendons join muscles to the bones. Together with the muscles, they support your spine and stop it moving too far.",
            "Back pain can be a dull ache or a sharp, stabbing or shooting pain, and it can make it hard to stand up straight. It most often comes from a strained muscle, ligament or joint, not from serious damage. About 4 in 5 people have back pain at some point.",
            "With age, discs get thinner and joints wear a little (osteoarthritis). This is normal, and many people with these changes have no pain. Often back pain has no single known cause.",
        ],
    ),
    adv(
        Advice::HowLongItLasts,
        About,
        "How long back pain lasts",
        "Most back pain eases within weeks; some lasts longer.",
        &[
            "Back pain that has lasted up to 4 weeks is called acute. From 4 to 12 weeks it is called subacute. After 12 weeks it is called chronic, which simply means long-lasting.",
            "Most people improve a lot within a few weeks, even when the pain is strong at first. About 1 in 5 people with a new bout of back pain still have pain after 12 weeks.",
            "Back pain can come back from time to time. A new bout does not mean your back is damaged, and the same steps usually help again.",
        ],
    ),
    adv(
        Advice::WhatADoctorDoes,
        About,
        "What a doctor or physiotherapist will do",
        "Questions and an examination; scans only when they would change care.",
        &[
            "They will ask about your pain, your health and your daily life. Then they will examine you: how you move, where it hurts and how far your back bends.",
            "They may test your reflexes, the strength in your legs, and how well you feel touch. This shows whether a nerve is affected.",
            "Scans and X-rays are usually not needed in the first weeks unless there are worrying signs. Many people with no pain at all have disc changes on a scan, so a scan can mislead more than it helps.",
            "Ask about anything you are unsure of. Together you can make a plan that suits you.",
        ],
    ),
    adv(
        Advice::SkipUnhelpfulTreatments,
        About,
        "Treatments you can skip",
        "Some treatments do not help and are not worth paying for.",
        &[
            "Guidelines do not recommend back belts or corsets, traction (stretching the spine with weights or a machine), TENS machines (small electric pulses through the skin) or ultrasound treatment for back pain. They have not been shown to help enough.",
            "Scans are usually not needed either, unless a doctor finds worrying signs.",
            "Your time and money are better spent on staying active and on exercise. Hands-on treatment such as massage or manipulation can help some people when it goes along with exercise.",
        ],
    ),
    adv(
        Advice::PreventNextEpisode,
        About,
        "Keeping your back healthy",
        "Exercise, careful lifting and moving often help keep pain away.",
        &[
            "Regular exercise that keeps your back and tummy muscles strong is the best way to lower the chance of another bout of back pain.",
            "Lift carefully, change position often, and set up your work space so you do not stoop or twist. Keep to a healthy weight and do not smoke.",
            "If the pain does come back, remember what helped this time: keep moving, use simple pain relief if you need it, and build up activity gradually.",
        ],
    ),
];

// Every table lists each id once, in its enum's order: checked when the
// crate compiles, so lookups by id are plain indexing.
keyed_by_id!(
    QUESTIONS.id,
    SECTIONS.0,
    TRIAGE.id,
    RED_FLAGS.id,
    PATTERNS.id,
    RISK_FACTORS.id,
    REASONS.id after RedFlag::COUNT,
    ADVICE.id,
);

static UI: UiText = UiText {
    language: "Language",
    title: "Check your back pain",
    intro: "A few short questions about your back pain, then clear advice on what to do next. It takes about three minutes.",
    privacy: "Your answers stay on this device. Nothing is sent anywhere.",
    next: "Next",
    back: "Back",
    see_result: "See my result",
    yes: "Yes",
    no: "No",
    not_sure: "Not sure",
    progress: "Step {at} of {total}",
    review_title: "Check your answers",
    review_intro: "You can change any answer before you see your result.",
    change: "Change",
    not_answered: "Not answered",
    result_title: "Your result",
    ended_early: "We stopped the questions here: one answer needs action now.",
    start_over: "Start again",
    optional: "optional",
    choose_all: "Choose all that apply.",
    pain_scale_low: "0 = no pain",
    pain_scale_high: "10 = worst pain you can imagine",
    problem_required: "Please answer this question to go on.",
    problem_not_a_number: "Please type a number using digits, for example 42.",
    problem_not_whole: "Please type a whole number, without a decimal point.",
    problem_too_low: "That number is too low. The smallest allowed is {min}.",
    problem_too_high: "That number is too high. The largest allowed is {max}.",
    body_instruction: "Tap where you feel pain. Tap again to clear.",
    body_back: "Back",
    body_front: "Front",
    body_marked: "Body diagram. Pain marked: {regions}.",
    body_nothing_marked: "Body diagram. No pain marked yet.",
    region_lower_back: "lower back",
    region_left_upper_leg: "left buttock or thigh",
    region_right_upper_leg: "right buttock or thigh",
    region_left_lower_leg: "left leg below the knee",
    region_right_lower_leg: "right leg below the knee",
    language_failed: "{language} could not be loaded. Check your connection and try again.",
};

static RESULT: ResultText = ResultText {
    why: "Why we say this",
    your_answers: "Your answers:",
    unanswered: "Some warning-sign questions are not answered or \"Not sure\", so this result cannot rule out a serious cause.",
    may_fit: "What your answers may fit",
    still_to_check: "Some warning signs are not answered yet, so we cannot say what your answers fit. Still to be checked:",
    not_a_diagnosis: "This is not a diagnosis. Only a doctor or physiotherapist who examines you can say what is causing your pain.",
    spine_caption: "The lower back from the side: five vertebrae with discs between them, facet joints behind, and nerve roots leaving the spine.",
    spine_vertebra: "Vertebra",
    spine_disc: "Disc",
    spine_facet: "Facet joint",
    spine_nerve: "Nerve root",
    how_long: "How long it has lasted",
    acute: "Recent (acute): under 4 weeks. Most pain like this eases within a few weeks.",
    subacute: "A few weeks (subacute): 4 to 12 weeks. It is worth getting it checked and building a plan to recover.",
    chronic: "Long-lasting (chronic): 12 weeks or more. Pain this long can still get better, and good support helps.",
    outlook: "Your recovery outlook",
    outlook_low: "Low risk of a slow recovery. Your answers suggest you are likely to recover well with simple self-care and staying active.",
    outlook_medium: "Medium risk of a slow recovery. Your pain is affecting your daily life; a physiotherapist or doctor can help you recover faster.",
    outlook_high: "Higher risk of a slow recovery. How you feel about the pain matters as much as the pain itself; care that supports both body and mind works best, so tell your doctor or physiotherapist.",
    outlook_note: "Based on the areas that the STarT Back approach looks at. It is a guide, not a validated score.",
    risk_factors: "Things that can add to back pain",
    can_change: "Things you can change",
    cannot_change: "Things you cannot change",
    advice: "Advice for you",
    group_now: "What to do now",
    group_home: "At home",
    group_work: "At work",
    group_exercise: "Exercise and running",
    group_prevention: "Preventing it coming back",
    group_condition: "About your symptoms",
    group_about: "More about back pain",
    your_plan: "Your plan",
    because: "Because you said:",
    meanwhile: "While you get help",
    answer_now: "Answer them now",
    net_now: "Call {number} at once if you get:",
    net_now_signs: &[
        "trouble peeing, a weak stream, or leaking pee or poo",
        "numbness, tingling or a changed feeling around your genitals, bottom or inner thighs",
        "new problems with erections, ejaculation or feeling during sex",
        "weakness in both legs, or weakness that is sudden, severe or getting worse",
    ],
    net_today: "See a doctor the same day for:",
    net_today_signs: &[
        "pain, numbness or tingling in both legs",
        "a fever, or feeling very unwell",
    ],
    net_emergency: "If you cannot get there safely, or anything gets worse on the way, call {number} at once.",
    recovery: "What affects your recovery",
    safety_net: "When to get help",
    emergency_number: "Emergency number: {number}",
    print: "Print or save",
};

static REMEMBER: RememberText = RememberText {
    question: "Remember your answers on this device?",
    help: "They would be kept only in this browser, so you can come back to them later. They are never sent anywhere. You can make it forget them at any time.",
    yes: "Yes, remember them",
    no: "No, thanks",
    on: "Your answers are kept on this device only.",
    forget: "Forget my answers",
    forgotten: "Your saved answers have been removed from this device.",
    restored: "We brought back the answers you saved on this device. Check them as you go.",
    ignored: "We found saved answers we could not use, so we started fresh. New answers will be saved.",
    unavailable: "This browser does not allow saving, so your answers will not be kept.",
};

static EXPORT: ExportText = ExportText {
    summary_title: "Back pain check: summary for a doctor or physiotherapist",
    date: "Date",
    date_words: "{day} {month} {year}",
    months: [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ],
    your_answers: "Your answers",
    can_change: "(can change)",
    footer: "Made on this device by back-pain-check; nothing was sent anywhere. This is not a diagnosis.",
    copy_summary: "Copy summary",
    copied: "Summary copied. You can paste it into a message or an email.",
    clipboard_unavailable: "Copying is not available in this browser. Use Print or save instead.",
    copy_failed: "The summary could not be copied. Use Print or save instead.",
    download_fhir: "Download for your doctor or physiotherapist (FHIR)",
    downloaded: "Saved {file}. Give this file to your doctor or physiotherapist: it holds your answers and your result.",
    download_failed: "The file could not be made in this browser. Use Print or save instead.",
    fhir_title: "Back pain check",
    fhir_subject: "The person who answered (not identified)",
    fhir_triage_outcome: "How urgently to get care",
    fhir_outlook_outcome: "Slow recovery",
    fhir_because: "Because of the answers to:",
    fhir_advice: "Advice given:",
    fhir_contract: "The assessment (back-pain-check assessment contract, JSON):",
    fhir_method: "back-pain-check self-assessment rules, version {version}",
    fhir_stopped: "The questions stopped early at a warning sign, so the later questions were not asked.",
    fhir_red_flags: "Warning signs",
    fhir_questions: "Questions",
    fhir_authored: "Answered",
    fhir_bands: [
        "Low risk of a slow recovery",
        "Medium risk of a slow recovery",
        "Higher risk of a slow recovery",
    ],
};
