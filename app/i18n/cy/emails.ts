import type { Catalog } from '~/i18n/translate.ts'

/** Every email Chorus sends. */
export default {
  // The frame every email shares
  'This email is in Welsh, then English.': "Mae'r e-bost hwn yn Gymraeg, ac yna yn Saesneg.",
  'Unsubscribe from these emails': "Dad-danysgrifio o'r negeseuon e-bost hyn",
  'Choose which emails you get': 'Dewis pa negeseuon e-bost a gewch',
  'Or go to:': 'Neu ewch i:',
  'Or go to: {url}': 'Neu ewch i: {url}',
  'Or copy this link into your browser:': "Neu copïwch y ddolen hon i'ch porwr:",
  'Hello {name},': 'Helo {name},',
  'Dear {name},': 'Annwyl {name},',

  // Accounts
  'Confirm your email address for Chorus': 'Cadarnhewch eich cyfeiriad e-bost ar gyfer Chorus',
  'Confirm your email address to finish setting up your Chorus account': 'Cadarnhewch eich cyfeiriad e-bost i orffen sefydlu eich cyfrif Chorus',
  'You are getting this email because someone created a Chorus account with this address. If it was not you, ignore it and no account will be confirmed.':
    "Rydych yn cael yr e-bost hwn oherwydd bod rhywun wedi creu cyfrif Chorus gyda'r cyfeiriad hwn. Os nad chi oedd hynny, anwybyddwch ef ac ni fydd unrhyw gyfrif yn cael ei gadarnhau.",
  'Confirm your email address': 'Cadarnhewch eich cyfeiriad e-bost',
  'Confirm this is your email address to finish setting up your Chorus account.': 'Cadarnhewch mai hwn yw eich cyfeiriad e-bost i orffen sefydlu eich cyfrif Chorus.',
  'Confirm email address': 'Cadarnhau cyfeiriad e-bost',
  'The link works for 48 hours.': "Mae'r ddolen yn gweithio am 48 awr.",
  'Reset your Chorus password': 'Ailosod eich cyfrinair Chorus',
  'Use this link to choose a new Chorus password': 'Defnyddiwch y ddolen hon i ddewis cyfrinair Chorus newydd',
  'You are getting this email because someone asked to reset the password of the Chorus account with this address. If it was not you, ignore it: your password has not changed.':
    "Rydych yn cael yr e-bost hwn oherwydd bod rhywun wedi gofyn am ailosod cyfrinair y cyfrif Chorus sydd â'r cyfeiriad hwn. Os nad chi oedd hynny, anwybyddwch ef: nid yw eich cyfrinair wedi newid.",
  'Reset your password': 'Ailosod eich cyfrinair',
  'Use the button below to choose a new password. You will be signed out of Chorus on every device.':
    'Defnyddiwch y botwm isod i ddewis cyfrinair newydd. Byddwch yn cael eich allgofnodi o Chorus ar bob dyfais.',
  'Choose a new password': 'Dewis cyfrinair newydd',
  'The link works for 1 hour and only once.': "Mae'r ddolen yn gweithio am awr, a dim ond unwaith.",
  'You already have a Chorus account': 'Mae gennych gyfrif Chorus yn barod',
  'You are getting this email because someone tried to create a Chorus account with this address, which already has one. If it was not you, ignore it: nothing has changed.':
    "Rydych yn cael yr e-bost hwn oherwydd bod rhywun wedi ceisio creu cyfrif Chorus gyda'r cyfeiriad hwn, sydd ag un yn barod. Os nad chi oedd hynny, anwybyddwch ef: does dim wedi newid.",
  'Someone, perhaps you, tried to create a new Chorus account with this email address. It already has an account, so no new one was made.':
    "Mae rhywun, chi efallai, wedi ceisio creu cyfrif Chorus newydd gyda'r cyfeiriad e-bost hwn. Mae ganddo gyfrif yn barod, felly ni chafodd un newydd ei greu.",
  'Sign in to Chorus': 'Mewngofnodi i Chorus',
  'Forgotten your password? Choose a new one at {resetUrl}': 'Wedi anghofio eich cyfrinair? Dewiswch un newydd yn {resetUrl}',

  // Membership
  'Welcome to Chorus — membership {membershipNumber}': 'Croeso i Chorus — aelodaeth {membershipNumber}',
  'Welcome to Chorus — your membership number is {membershipNumber}': 'Croeso i Chorus — eich rhif aelodaeth yw {membershipNumber}',
  'You are getting this because you joined Chorus.': 'Rydych yn cael hwn oherwydd eich bod wedi ymuno â Chorus.',
  'Welcome to Chorus': 'Croeso i Chorus',
  'Thank you for joining. You are now a {tierName} member and your membership number is {membershipNumber}.':
    "Diolch am ymuno. Rydych bellach yn aelod {tierName} a'ch rhif aelodaeth yw {membershipNumber}.",
  'Our officers will check your registration number with your regulator, usually within two working days. Once it is verified you can vote in Chorus ballots.':
    "Bydd ein swyddogion yn gwirio eich rhif cofrestru gyda'ch rheoleiddiwr, fel arfer o fewn dau ddiwrnod gwaith. Unwaith y bydd wedi'i ddilysu, gallwch bleidleisio ym mhleidleisiau Chorus.",
  'Your account:': 'Eich cyfrif:',
  'See your membership card': 'Gweld eich cerdyn aelodaeth',
  'Receipt: {amount} Chorus membership dues': 'Derbynneb: {amount} ffi aelodaeth Chorus',
  'Receipt: {amount} membership dues': 'Derbynneb: {amount} ffi aelodaeth',
  'You are getting this receipt because you paid Chorus membership dues.': 'Rydych yn cael y dderbynneb hon oherwydd eich bod wedi talu ffi aelodaeth Chorus.',
  'Receipt for your membership dues': 'Derbynneb am eich ffi aelodaeth',
  'We have received {amount} on {paidOn}. Thank you.': 'Cawsom {amount} ar {paidOn}. Diolch.',
  'Membership number: {membershipNumber}': 'Rhif aelodaeth: {membershipNumber}',
  'Paid until: {paidUntil}': 'Wedi talu hyd at: {paidUntil}',
  'Reference: {invoiceId}': 'Cyfeirnod: {invoiceId}',
  'Keep this email for your records. Professional body subscriptions may be tax deductible.':
    'Cadwch yr e-bost hwn ar gyfer eich cofnodion. Efallai y gellir didynnu tanysgrifiadau i gyrff proffesiynol at ddibenion treth.',
  'Your Chorus membership payment did not go through': 'Ni lwyddodd taliad eich aelodaeth Chorus',
  'Your membership payment did not go through': 'Ni lwyddodd taliad eich aelodaeth',
  'You are getting this because a Chorus membership payment failed.': 'Rydych yn cael hwn oherwydd bod taliad aelodaeth Chorus wedi methu.',
  'We could not take your latest membership payment (membership {membershipNumber}). Your membership continues until {graceEnds} while you put it right.':
    'Nid oeddem yn gallu cymryd eich taliad aelodaeth diweddaraf (aelodaeth {membershipNumber}). Bydd eich aelodaeth yn parhau tan {graceEnds} tra byddwch yn unioni hyn.',
  'Update your payment details': 'Diweddaru eich manylion talu',
  'If nothing changes by {graceEnds}, your membership will lapse and you will not be able to vote.':
    'Os na fydd dim yn newid erbyn {graceEnds}, bydd eich aelodaeth yn dod i ben ac ni fyddwch yn gallu pleidleisio.',
  'Your Chorus Direct Debit payment did not go through': 'Ni lwyddodd eich taliad Debyd Uniongyrchol i Chorus',
  'Your Direct Debit payment did not go through': 'Ni lwyddodd eich taliad Debyd Uniongyrchol',
  'You are getting this because your first Chorus membership payment failed.': 'Rydych yn cael hwn oherwydd bod taliad cyntaf eich aelodaeth Chorus wedi methu.',
  'Your bank did not pay the first Direct Debit for your Chorus membership (application {membershipNumber}). Your application is saved, but you are not a member yet and you cannot vote.':
    "Ni thalodd eich banc y Debyd Uniongyrchol cyntaf ar gyfer eich aelodaeth Chorus (cais {membershipNumber}). Mae eich cais wedi'i gadw, ond nid ydych yn aelod eto ac ni allwch bleidleisio.",
  'Finish paying': 'Gorffen talu',
  'You can pay by card, or set up a Direct Debit from another account. Nothing else has been charged.':
    "Gallwch dalu â cherdyn, neu sefydlu Debyd Uniongyrchol o gyfrif arall. Does dim byd arall wedi'i godi.",
  'Your Chorus membership has lapsed': 'Mae eich aelodaeth Chorus wedi dod i ben',
  'You are getting this because your Chorus membership lapsed.': 'Rydych yn cael hwn oherwydd bod eich aelodaeth Chorus wedi dod i ben.',
  'Your membership has lapsed': 'Mae eich aelodaeth wedi dod i ben',
  'We have not been able to take your dues, so membership {membershipNumber} has lapsed. You can no longer vote in Chorus ballots.':
    'Nid ydym wedi gallu cymryd eich ffi aelodaeth, felly mae aelodaeth {membershipNumber} wedi dod i ben. Ni allwch bleidleisio ym mhleidleisiau Chorus mwyach.',
  'Renew at:': 'Adnewyddu yn:',
  'Renew your membership': 'Adnewyddu eich aelodaeth',
  'We could not verify your registration number': 'Nid oeddem yn gallu dilysu eich rhif cofrestru',
  'You are getting this because Chorus checked the registration number on your membership.': "Rydych yn cael hwn oherwydd bod Chorus wedi gwirio'r rhif cofrestru ar eich aelodaeth.",
  'We checked {registrationNumber} with {regulatorName} and could not verify it. The officer who checked it said:':
    "Fe wnaethom wirio {registrationNumber} gyda {regulatorName} ac nid oeddem yn gallu ei ddilysu. Dywedodd y swyddog a'i gwiriodd:",
  'You remain a member, but you cannot vote until your registration is verified. Correct the number in your account.':
    "Rydych yn parhau'n aelod, ond ni allwch bleidleisio nes bydd eich cofrestriad wedi'i ddilysu. Cywirwch y rhif yn eich cyfrif.",
  'Correct your registration number': 'Cywiro eich rhif cofrestru',

  // Ballots and motions
  'Voting is open: {title}': "Mae'r bleidlais ar agor: {title}",
  'You are getting this because you are a Chorus member who can vote in this ballot.': "Rydych yn cael hwn oherwydd eich bod yn aelod o Chorus sy'n cael pleidleisio yn y bleidlais hon.",
  'You can vote in this {kind, select, election {election} other {motion}} until {closes}. Your vote is secret: Chorus records that you voted, never how.':
    'Gallwch bleidleisio {kind, select, election {yn yr etholiad hwn} other {ar y cynnig hwn}} tan {closes}. Mae eich pleidlais yn gyfrinachol: mae Chorus yn cofnodi eich bod wedi pleidleisio, byth sut.',
  'Vote now': 'Pleidleisio nawr',
  'Voting closes {closes}: {title}': 'Mae’r pleidleisio’n cau {closes}: {title}',
  'You are getting this because you can vote in this Chorus ballot and have not voted yet.':
    'Rydych yn cael hwn oherwydd eich bod yn cael pleidleisio yn y bleidlais Chorus hon ac nad ydych wedi pleidleisio eto.',
  'There is still time to vote': 'Mae amser o hyd i bleidleisio',
  'Voting in “{title}” closes {closes}. You have not voted yet. It takes a minute, and your vote is secret.':
    'Mae’r pleidleisio ar “{title}” yn cau {closes}. Nid ydych wedi pleidleisio eto. Mae’n cymryd munud, ac mae eich pleidlais yn gyfrinachol.',
  'Result: {title}': 'Canlyniad: {title}',
  'Result published: {title}': 'Canlyniad wedi’i gyhoeddi: {title}',
  'You are getting this because you were on the electorate of this Chorus ballot.': 'Rydych yn cael hwn oherwydd eich bod ymhlith etholwyr y bleidlais Chorus hon.',
  'The result is published: {title}': 'Mae’r canlyniad wedi’i gyhoeddi: {title}',
  'Voting has closed and the votes are counted. The full result, every stage of the count, and the anonymised papers for anyone to recount are on the results page.':
    'Mae’r pleidleisio wedi cau ac mae’r pleidleisiau wedi’u cyfrif. Mae’r canlyniad llawn, pob cam o’r cyfrif, a’r papurau dienw i unrhyw un eu hailgyfrif ar y dudalen canlyniadau.',
  'See the result': 'Gweld y canlyniad',
  'Member motion needs an answer: {title}': 'Mae angen ateb i gynnig gan aelodau: {title}',
  'A member motion needs an answer by {respondBy}': 'Mae angen ateb i gynnig gan aelodau erbyn {respondBy}',
  'You are getting this because you are a Chorus officer.': 'Rydych yn cael hwn oherwydd eich bod yn swyddog Chorus.',
  'A member motion has the support it needs': 'Mae cynnig gan aelodau wedi cael y gefnogaeth sydd ei hangen arno',
  '“{title}” is seconded and supported by {supporters, plural, one {# member} other {# members}}. Officers must put it to a ballot or answer publicly why not, by {respondBy}.':
    'Mae “{title}” wedi’i eilio ac mae {supporters, plural, other {# aelod}} yn ei gefnogi. Rhaid i swyddogion ei roi i bleidlais neu esbonio’n gyhoeddus pam lai, erbyn {respondBy}.',
  'Respond to the motion': 'Ymateb i’r cynnig',

  // Statements and consultations
  'Have your say: {title}': 'Dweud eich dweud: {title}',
  'You are getting this because you are a Chorus member and chose to hear about consultations.': 'Rydych yn cael hwn oherwydd eich bod yn aelod o Chorus ac wedi dewis clywed am ymgynghoriadau.',
  'Officers have drafted a position statement and want members’ views before it is adopted. In short:':
    'Mae swyddogion wedi drafftio datganiad safbwynt ac maent eisiau barn aelodau cyn ei fabwysiadu. Yn gryno:',
  'Any member can comment, whether or not you can vote. The consultation closes {closes}.': 'Gall unrhyw aelod roi sylwadau, p’un a allwch bleidleisio ai peidio. Mae’r ymgynghoriad yn cau {closes}.',
  'Read the draft and comment': 'Darllen y drafft a rhoi sylwadau',
  'New position statement: {title}': 'Datganiad safbwynt newydd: {title}',
  'You are getting this because you are a Chorus member and chose to hear about position statements.':
    'Rydych yn cael hwn oherwydd eich bod yn aelod o Chorus ac wedi dewis clywed am ddatganiadau safbwynt.',
  'Chorus has adopted a new position statement, agreed by {adoptedBy}. In short:': 'Mae Chorus wedi mabwysiadu datganiad safbwynt newydd, a gytunwyd gan {adoptedBy}. Yn gryno:',
  'If you stand behind it, say so on its page: the number of members who do is shown to everyone who reads it.':
    'Os ydych yn ei gefnogi, dywedwch hynny ar ei dudalen: mae nifer yr aelodau sy’n ei gefnogi yn cael ei ddangos i bawb sy’n ei ddarllen.',
  'Read the statement': 'Darllen y datganiad',
  'Review due by {reviewBy}: {title}': 'Adolygiad i’w gwblhau erbyn {reviewBy}: {title}',
  'A position statement is due for review': 'Mae datganiad safbwynt i’w adolygu',
  '“{title}” is due to be reviewed by {reviewBy}. Start a review, reaffirm it, publish a new version with a change note, or replace it.':
    'Mae “{title}” i’w adolygu erbyn {reviewBy}. Dechreuwch adolygiad, ailgadarnhewch ef, cyhoeddwch fersiwn newydd gyda nodyn newid, neu rhowch un arall yn ei le.',
  'Open the statement': 'Agor y datganiad',
  'The public page: {url}': 'Y dudalen gyhoeddus: {url}',

  // The press office
  'Press briefing: {headline}': 'Briff i’r wasg: {headline}',
  'EMBARGOED press briefing: {headline}': 'Briff i’r wasg DAN EMBARGO: {headline}',
  'You are getting this because you asked for Chorus press briefings by email.': 'Rydych yn cael hwn oherwydd eich bod wedi gofyn am friffiau Chorus i’r wasg drwy e-bost.',
  'You are getting this because you subscribed to Chorus press alerts with your press account.':
    'Rydych yn cael hwn oherwydd eich bod wedi tanysgrifio i hysbysiadau Chorus i’r wasg gyda’ch cyfrif y wasg.',
  'Chorus press briefing · {issuedAt}': 'Briff Chorus i’r wasg · {issuedAt}',
  'There is no Welsh version of this briefing. Here it is in English.': 'Nid oes fersiwn Gymraeg o’r briff hwn. Dyma fe yn Saesneg.',
  'There is no Welsh version of the corrected text yet. Here it is in English.': 'Nid oes fersiwn Gymraeg o’r testun cywiredig eto. Dyma fe yn Saesneg.',
  '{embargoNotice}. Not for publication, broadcast or online use before then.': '{embargoNotice}. Ddim i’w gyhoeddi, ei ddarlledu na’i ddefnyddio ar-lein cyn hynny.',
  'Read the full briefing': 'Darllen y briff llawn',
  'Press office contacts and on-the-record quotes are in the briefing: {url}': 'Mae manylion cyswllt swyddfa’r wasg a dyfyniadau ar y cofnod yn y briff: {url}',
  'Notes to editors': 'Nodiadau i olygyddion',
  'EMBARGOED RELEASE WITHDRAWN — do not publish': 'DATGANIAD DAN EMBARGO WEDI’I DYNNU’N ÔL — peidiwch â’i gyhoeddi',
  'RELEASE WITHDRAWN — do not publish': 'DATGANIAD WEDI’I DYNNU’N ÔL — peidiwch â’i gyhoeddi',
  'EMBARGO MOVED to {movedTo}': 'EMBARGO WEDI’I SYMUD i {movedTo}',
  'EMBARGO LIFTED EARLY — now free to publish (was embargoed until {was})': 'EMBARGO WEDI’I GODI’N GYNNAR — mae’n rhydd i’w gyhoeddi nawr (roedd dan embargo tan {was})',
  'CORRECTED — replaces the version sent at {replacesSentAt}': 'WEDI’I GYWIRO — yn disodli’r fersiwn a anfonwyd ar {replacesSentAt}',
  'You are getting this because Chorus sent you this briefing, and you need to know it has changed.':
    'Rydych yn cael hwn oherwydd bod Chorus wedi anfon y briff hwn atoch, a bod angen i chi wybod ei fod wedi newid.',
  'The press office has withdrawn this embargoed briefing. Do not publish, broadcast or use any of it, at the embargo time or later.':
    'Mae swyddfa’r wasg wedi tynnu’r briff hwn dan embargo yn ôl. Peidiwch â chyhoeddi, darlledu na defnyddio dim ohono, ar amser yr embargo nac yn nes ymlaen.',
  'The press office has withdrawn this briefing. Please remove it or mark it as withdrawn wherever you used it.':
    'Mae swyddfa’r wasg wedi tynnu’r briff hwn yn ôl. Tynnwch ef, neu nodwch ei fod wedi’i dynnu’n ôl, lle bynnag y gwnaethoch ei ddefnyddio.',
  'The embargo on this briefing now lifts at {movedTo}. Nothing in it may be published, broadcast or used online before then.':
    'Mae’r embargo ar y briff hwn bellach yn codi ar {movedTo}. Ni chaniateir cyhoeddi, darlledu na defnyddio dim ohono ar-lein cyn hynny.',
  'The press office lifted the embargo on this briefing early, at {liftedAt}. It was embargoed until {was}. You are now free to publish, broadcast or use it online.':
    'Cododd swyddfa’r wasg yr embargo ar y briff hwn yn gynnar, am {liftedAt}. Roedd dan embargo tan {was}. Rydych yn rhydd nawr i’w gyhoeddi, ei ddarlledu neu ei ddefnyddio ar-lein.',
  'This corrected version replaces the version sent at {replacesSentAt}. Use this text, not the earlier one.':
    'Mae’r fersiwn hon, wedi’i chywiro, yn disodli’r fersiwn a anfonwyd ar {replacesSentAt}. Defnyddiwch y testun hwn, nid yr un cynharach.',
  'What was corrected': 'Beth a gywirwyd',
  'Key lines': 'Negeseuon allweddol',
  'Key facts': 'Ffeithiau allweddol',
  'See the withdrawal notice': 'Gweld yr hysbysiad tynnu’n ôl',
  'Read the briefing as it stands': 'Darllen y briff fel y mae nawr',
  'The briefing as it stands now: {url}': 'Y briff fel y mae nawr: {url}',
  'Your Chorus press account is approved': 'Mae eich cyfrif y wasg gyda Chorus wedi’i gymeradwyo',
  'Your Chorus press account': 'Eich cyfrif y wasg gyda Chorus',
  'We could not approve your Chorus press account': 'Nid oeddem yn gallu cymeradwyo eich cyfrif y wasg gyda Chorus',
  'You are getting this because you registered for a Chorus press account.': 'Rydych yn cael hwn oherwydd eich bod wedi cofrestru am gyfrif y wasg gyda Chorus.',
  'Your press account for {outlet} is approved. You can now read briefings under embargo, and we will alert you when the press office issues one.':
    'Mae eich cyfrif y wasg ar gyfer {outlet} wedi’i gymeradwyo. Gallwch nawr ddarllen briffiau dan embargo, a byddwn yn rhoi gwybod i chi pan fydd swyddfa’r wasg yn cyhoeddi un.',
  'Choose the topics you want alerts about:': 'Dewiswch y pynciau yr hoffech gael hysbysiadau amdanynt:',
  'Choose your alert topics': 'Dewis pynciau eich hysbysiadau',
  'We could not approve your press account for {outlet}. The press office said:': 'Nid oeddem yn gallu cymeradwyo eich cyfrif y wasg ar gyfer {outlet}. Dywedodd swyddfa’r wasg:',
  'Public briefings stay open to everyone in the press room: {url}': 'Mae briffiau cyhoeddus yn dal ar agor i bawb yn ystafell y wasg: {url}',
  'Confirm you want Chorus press briefings': 'Cadarnhewch eich bod eisiau briffiau Chorus i’r wasg',
  'Confirm you want Chorus press briefings by email': 'Cadarnhewch eich bod eisiau briffiau Chorus i’r wasg drwy e-bost',
  'You are getting this because someone asked for Chorus press briefings at this address. If it was not you, ignore this email and nothing more will be sent.':
    'Rydych yn cael hwn oherwydd bod rhywun wedi gofyn am friffiau Chorus i’r wasg i’r cyfeiriad hwn. Os nad chi oedd hynny, anwybyddwch yr e-bost hwn ac ni fydd dim mwy yn cael ei anfon.',
  'Press the button to start getting public press briefings from Chorus by email. Every briefing has a link to stop them.':
    'Pwyswch y botwm i ddechrau cael briffiau cyhoeddus Chorus i’r wasg drwy e-bost. Mae gan bob briff ddolen i’w hatal.',
  Confirm: 'Cadarnhau',

  // Media enquiries
  'We have your enquiry: {topic}': 'Mae eich ymholiad gennym: {topic}',
  'We have your enquiry and your deadline of {deadline}': 'Mae eich ymholiad a’ch terfyn amser, {deadline}, gennym',
  'You are getting this because you sent a media enquiry to the Chorus press office.': 'Rydych yn cael hwn oherwydd eich bod wedi anfon ymholiad gan y cyfryngau at swyddfa’r wasg Chorus.',
  'We have your enquiry': 'Mae eich ymholiad gennym',
  'Thank you. The press office has your enquiry about {topic} ({reference}) and your deadline of {deadline}. An officer will reply to this address; if we cannot help, we will say so before your deadline.':
    'Diolch. Mae eich ymholiad am {topic} ({reference}) a’ch terfyn amser, {deadline}, gan swyddfa’r wasg. Bydd swyddog yn ateb i’r cyfeiriad hwn; os na allwn helpu, byddwn yn dweud hynny cyn eich terfyn amser.',
  'You asked:': 'Gofynnoch chi:',
  'The Chorus press office received your enquiry ({reference})': 'Mae swyddfa’r wasg Chorus wedi cael eich ymholiad ({reference})',
  'The Chorus press office received {reference}': 'Mae swyddfa’r wasg Chorus wedi cael {reference}',
  'You are getting this because this address was given on the Chorus press office’s media enquiry form.':
    'Rydych yn cael hwn oherwydd bod y cyfeiriad hwn wedi’i roi ar ffurflen ymholiadau’r cyfryngau swyddfa’r wasg Chorus.',
  'We received a media enquiry': 'Cawsom ymholiad gan y cyfryngau',
  'The Chorus press office received a media enquiry that gave this email address for the answer ({reference}). An officer will reply to this address, or say before the deadline given if we cannot help.':
    'Cafodd swyddfa’r wasg Chorus ymholiad gan y cyfryngau a roddodd y cyfeiriad e-bost hwn ar gyfer yr ateb ({reference}). Bydd swyddog yn ateb i’r cyfeiriad hwn, neu’n dweud cyn y terfyn amser a roddwyd os na allwn helpu.',
  'If you did not send an enquiry to Chorus, someone else typed your address: you can ignore this email, and we will not write again unless an officer answers it.':
    'Os na wnaethoch anfon ymholiad at Chorus, mae rhywun arall wedi teipio eich cyfeiriad: gallwch anwybyddu’r e-bost hwn, ac ni fyddwn yn ysgrifennu eto oni bai bod swyddog yn ei ateb.',
  'Media enquiries: {count} in the queue': 'Ymholiadau gan y cyfryngau: {count} yn y ciw',
  '{count} in the press office queue': '{count} yng nghiw swyddfa’r wasg',
  'You are getting this because you are a Chorus officer and answer media enquiries.': 'Rydych yn cael hwn oherwydd eich bod yn swyddog Chorus ac yn ateb ymholiadau gan y cyfryngau.',
  'New media enquiries': 'Ymholiadau newydd gan y cyfryngau',
  '{count} arrived in the press office queue since the last summary, soonest deadline first:':
    '{count} wedi cyrraedd ciw swyddfa’r wasg ers y crynodeb diwethaf, gyda’r terfyn amser agosaf yn gyntaf:',
  '{reference}, due {deadline}: {topic}': '{reference}, erbyn {deadline}: {topic}',
  'Open the enquiry queue': 'Agor y ciw ymholiadau',
  'Media enquiry due {deadline}: {enquirer}': 'Ymholiad gan y cyfryngau erbyn {deadline}: {enquirer}',
  '{enquirer} needs an answer by {deadline}': 'Mae angen ateb ar {enquirer} erbyn {deadline}',
  'New media enquiry': 'Ymholiad newydd gan y cyfryngau',
  '{enquirer} asked about {topic} ({reference}). Their deadline is {deadline}.': 'Gofynnodd {enquirer} am {topic} ({reference}). Eu terfyn amser yw {deadline}.',
  'They asked to speak to {requested}.': 'Maen nhw wedi gofyn am gael siarad â {requested}.',
  'Assign or answer the enquiry': 'Neilltuo neu ateb yr ymholiad',
  'Media enquiry for you, due {deadline}': 'Ymholiad gan y cyfryngau i chi, erbyn {deadline}',
  'A media enquiry for you, due {deadline}': 'Ymholiad gan y cyfryngau i chi, erbyn {deadline}',
  'You are getting this because a Chorus officer asked you to handle a media enquiry.': 'Rydych yn cael hwn oherwydd bod swyddog Chorus wedi gofyn i chi ymdrin ag ymholiad gan y cyfryngau.',
  'A media enquiry for you': 'Ymholiad gan y cyfryngau i chi',
  '{assignedBy} has asked you to handle {reference} from {enquirer}, about {topic}. Their deadline is {deadline}.':
    'Mae {assignedBy} wedi gofyn i chi ymdrin â’r ymholiad hwn gan {enquirer} am {topic} ({reference}). Eu terfyn amser yw {deadline}.',
  'Contact: {contact}': 'Cyswllt: {contact}',
  'Officers record the reply at: {enquiryUrl}': 'Mae swyddogion yn cofnodi’r ateb yn: {enquiryUrl}',
  'Chorus press office: {topic}': 'Swyddfa’r wasg Chorus: {topic}',
  'Our answer to your enquiry': 'Ein hateb i’ch ymholiad',
  'This is the Chorus press office’s answer to your enquiry about {topic} ({reference}).': 'Dyma ateb swyddfa’r wasg Chorus i’ch ymholiad am {topic} ({reference}).',
  '{officerName}, for the Chorus press office': '{officerName}, ar ran swyddfa’r wasg Chorus',
  'We cannot help with this enquiry': 'Ni allwn helpu gyda’r ymholiad hwn',
  'Thank you for your enquiry about {topic} ({reference}). The press office cannot answer it, for this reason:':
    'Diolch am eich ymholiad am {topic} ({reference}). Ni all swyddfa’r wasg ei ateb, am y rheswm hwn:',

  // Email preferences, unsubscribing and the outbox
  Consultations: 'Ymgynghoriadau',
  'When a vote opens, and a reminder before it closes': 'Pan fydd pleidlais yn agor, a nodyn i’ch atgoffa cyn iddi gau',
  'When officers ask members for views on a draft statement': 'Pan fydd swyddogion yn gofyn i aelodau am eu barn ar ddatganiad drafft',
  'Position statements': 'Datganiadau safbwynt',
  'When Chorus publishes a position statement': 'Pan fydd Chorus yn cyhoeddi datganiad safbwynt',
  'Rapid-response briefings as they are issued (journalists)': 'Briffiau ymateb cyflym wrth iddynt gael eu cyhoeddi (newyddiadurwyr)',
  Newsletters: 'Cylchlythyrau',
  'Occasional news about Chorus and the profession': 'Newyddion achlysurol am Chorus a’r proffesiwn',
  'This unsubscribe link is not valid. Check you used the whole link from the email, or sign in to choose which emails you get.':
    'Nid yw’r ddolen dad-danysgrifio hon yn ddilys. Gwiriwch eich bod wedi defnyddio’r ddolen gyfan o’r e-bost, neu mewngofnodwch i ddewis pa negeseuon e-bost a gewch.',
  'That email is no longer in the outbox': 'Nid yw’r e-bost hwnnw yn y blwch allan mwyach',
  'Only failed emails can be retried; this one is already queued or sent': 'Dim ond negeseuon e-bost a fethodd y gellir rhoi cynnig arall arnynt; mae hwn eisoes yn y ciw neu wedi’i anfon',
  'Unrecognised webhook payload': 'Cynnwys bachyn gwe heb ei adnabod',
  'Your two-step verification was reset': 'Mae eich dilysu dau gam wedi’i ailosod',
  'You are getting this email because a Chorus admin changed how you sign in.': 'Rydych yn cael yr e-bost hwn oherwydd bod un o weinyddwyr Chorus wedi newid sut rydych yn mewngofnodi.',
  'A Chorus admin has removed your authenticator app, recovery codes and passkeys, and signed you out everywhere. Your password has not changed.':
    'Mae un o weinyddwyr Chorus wedi dileu eich ap dilysu, eich codau adfer a’ch allweddi mynediad, ac wedi eich allgofnodi ym mhobman. Nid yw eich cyfrinair wedi newid.',
  'When you next sign in, you may be asked to set up two-step verification again.': 'Pan fyddwch yn mewngofnodi nesaf, efallai y gofynnir i chi osod dilysu dau gam eto.',
  'If you did not ask for this, tell the Chorus office today and change your password.': 'Os na wnaethoch ofyn am hyn, rhowch wybod i swyddfa Chorus heddiw a newidiwch eich cyfrinair.',
} satisfies Catalog
