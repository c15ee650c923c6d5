import type { Catalog } from '~/i18n/translate.ts'

/** The layout, shared components and messages used everywhere. */
export default {
  'Chorus — the voice of social work': 'Chorus — llais gwaith cymdeithasol',
  'Skip to main content': "Neidio i'r prif gynnwys",
  Home: 'Hafan',
  Statements: 'Datganiadau',
  Ballots: 'Pleidleisiau',
  Press: 'Y wasg',
  'Press alerts': "Hysbysiadau i'r wasg",
  'Your account': 'Eich cyfrif',
  'Officer dashboard': 'Dangosfwrdd swyddogion',
  Admin: 'Gweinyddu',
  'Read this page in': 'Darllenwch y dudalen hon yn',
  'Chorus home': 'Hafan Chorus',
  'Sign out': 'Allgofnodi',
  'Sign in': 'Mewngofnodi',
  Join: 'Ymuno',
  '<strong>TEST MODE</strong> — payments and emails are simulated; nothing is charged or sent.':
    "<strong>MODD PRAWF</strong> — mae taliadau a negeseuon e-bost yn cael eu hefelychu; does dim yn cael ei godi na'i anfon.",
  '<strong>Warning: this demonstration copy of Chorus is open to other computers.</strong> Its demo accounts use a published password and its test mailbox shows every email sent. Do not enter real personal details.':
    "<strong>Rhybudd: mae'r copi arddangos hwn o Chorus ar agor i gyfrifiaduron eraill.</strong> Mae ei gyfrifon arddangos yn defnyddio cyfrinair sydd wedi'i gyhoeddi ac mae ei flwch post prawf yn dangos pob neges e-bost a anfonir. Peidiwch â rhoi manylion personol go iawn.",
  '<strong>Chorus</strong> is the national professional body for social workers: one voice for the profession.':
    "<strong>Chorus</strong> yw corff proffesiynol cenedlaethol gweithwyr cymdeithasol: un llais i'r proffesiwn.",
  'Chorus, 1 Civic Square, London EC1A 1AA': 'Chorus, 1 Sgwâr y Ddinas, Llundain EC1A 1AA',
  'Read it in Welsh': 'Darllenwch hi yn Gymraeg',
  'This page is available in Welsh.': "Mae'r dudalen hon ar gael yn Gymraeg.",
  Main: 'Prif ddewislen',
  'There is a problem': 'Mae problem wedi codi',
  'Error:': 'Gwall:',
  'Page not found': "Heb ddod o hyd i'r dudalen",
  'If you typed the web address, check it is correct.': "Os gwnaethoch deipio'r cyfeiriad gwe, gwiriwch ei fod yn gywir.",
  'If you pasted the web address, check you copied the entire address.': "Os gwnaethoch ludo'r cyfeiriad gwe, gwiriwch eich bod wedi copïo'r cyfeiriad cyfan.",
  'You can go to the <home>Chorus home page</home>.': 'Gallwch fynd i <home>hafan Chorus</home>.',
  'You do not have access to this page': "Nid oes gennych fynediad i'r dudalen hon",
  'Your account does not have permission to see this page.': 'Nid oes gan eich cyfrif ganiatâd i weld y dudalen hon.',
  'If you think you should have access, contact the Chorus office. You can go to <account>your account</account> or the <home>home page</home>.':
    "Os ydych chi'n credu y dylech gael mynediad, cysylltwch â swyddfa Chorus. Gallwch fynd i <account>eich cyfrif</account> neu'r <home>hafan</home>.",
  'Too many requests': 'Gormod o geisiadau',
  'Something was wrong with that request': "Roedd rhywbeth o'i le ar y cais hwnnw",
  'Go to the home page': "Mynd i'r hafan",
  'Sorry, there is a problem with the service': "Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth",
  'Try again later. Nothing you sent has been lost if you saw no confirmation — you can safely try again.':
    "Rhowch gynnig arall arni yn nes ymlaen. Does dim byd a anfonwyd gennych wedi'i golli os na welsoch gadarnhad — mae'n ddiogel i chi roi cynnig arall arni.",
  'This form was sent from another website, so Chorus refused it. Go back to Chorus and try again.':
    'Anfonwyd y ffurflen hon o wefan arall, felly gwrthododd Chorus hi. Ewch yn ôl i Chorus a rhowch gynnig arall arni.',
  'That was too much to send at once (the limit is {kilobytes} kB). Shorten it and try again.':
    "Roedd hynny'n ormod i'w anfon ar unwaith (y terfyn yw {kilobytes} kB). Byrhewch ef a rhowch gynnig arall arni.",
  'That form could not be read. Go back and try again.': 'Nid oedd modd darllen y ffurflen honno. Ewch yn ôl a rhowch gynnig arall arni.',
  'Something you entered could not be read: it was not sent as valid text (UTF-8). Retype it rather than pasting, and try again.':
    "Nid oedd modd darllen rhywbeth a roesoch: ni chafodd ei anfon fel testun dilys (UTF-8). Teipiwch ef eto yn hytrach na'i ludo, a rhowch gynnig arall arni.",
  'Something you entered contains control characters that cannot be typed on a keyboard. Remove them (they often come from pasting) and try again.':
    "Mae rhywbeth a roesoch yn cynnwys nodau rheoli na ellir eu teipio ar fysellfwrdd. Tynnwch nhw (maen nhw'n aml yn dod o ludo) a rhowch gynnig arall arni.",
  'This page is for members only.': "Mae'r dudalen hon ar gyfer aelodau yn unig.",
  'This page is for officers only.': "Mae'r dudalen hon ar gyfer swyddogion yn unig.",
  'This page is for admins only.': "Mae'r dudalen hon ar gyfer gweinyddwyr yn unig.",
  'This page is for journalists only.': "Mae'r dudalen hon ar gyfer newyddiadurwyr yn unig.",
  'Development mailbox': 'Blwch post datblygu',
  'Development mailbox — Chorus': 'Blwch post datblygu — Chorus',
  'No mail provider is configured, so Chorus keeps its emails here instead of sending them. Newest first.':
    "Does dim darparwr e-bost wedi'i osod, felly mae Chorus yn cadw ei negeseuon e-bost yma yn lle eu hanfon. Y mwyaf diweddar yn gyntaf.",
  'Direct Debit payments take about 3 working days to clear; in test mode you can <link>clear them now on the Stripe emulator</link>.':
    'Mae taliadau Debyd Uniongyrchol yn cymryd tua 3 diwrnod gwaith i glirio; yn y modd prawf gallwch <link>eu clirio nawr ar efelychydd Stripe</link>.',
  'No emails yet.': 'Dim negeseuon e-bost eto.',
  Subject: 'Pwnc',
  To: 'At',
  Sent: 'Anfonwyd',
  From: 'Oddi wrth',
  'Back to the mailbox': "Yn ôl i'r blwch post",
  'As the recipient sees it': "Fel y mae'r derbynnydd yn ei gweld",
  'HTML version of {subject}': 'Fersiwn HTML o {subject}',
  'Plain text version': 'Fersiwn testun plaen',
  '{subject} — Development mailbox': '{subject} — Blwch post datblygu',
  Email: 'E-bost',
  'Which {time} do you mean?': 'Pa {time} ydych chi’n ei olygu?',
  '{time} BST (the first, before the clocks go back)': "{time} BST (y cyntaf, cyn i'r clociau droi'n ôl)",
  '{time} GMT (the second, after the clocks go back)': "{time} GMT (yr ail, ar ôl i'r clociau droi'n ôl)",
  // Two-step verification (/account/two-factor)
  'Two-step verification is on. From now on, Chorus asks for a code from your app after your password.':
    "Mae dilysu dau gam ymlaen. O hyn ymlaen, bydd Chorus yn gofyn am god o'ch ap ar ôl eich cyfrinair.",
  'Here are your new recovery codes. The old ones no longer work.': "Dyma eich codau adfer newydd. Nid yw'r hen rai'n gweithio mwyach.",
  Passkey: 'Allwedd mynediad',
  'Passkey name must be 60 characters or fewer': "Rhaid i enw'r allwedd mynediad fod yn 60 nod neu lai",
  'Your device did not send a passkey. Try again.': 'Ni anfonodd eich dyfais allwedd mynediad. Rhowch gynnig arall arni.',
  'Passkey added. Next time you sign in, you can use it instead of a code from your app.':
    "Mae'r allwedd mynediad wedi'i hychwanegu. Y tro nesaf y byddwch yn mewngofnodi, gallwch ei defnyddio yn lle cod o'ch ap.",
  'Passkey removed.': "Mae'r allwedd mynediad wedi'i thynnu.",
  'Two-step verification is off. Chorus will ask only for your password when you sign in.':
    "Mae dilysu dau gam wedi'i ddiffodd. Dim ond am eich cyfrinair y bydd Chorus yn gofyn pan fyddwch yn mewngofnodi.",
  Passkeys: 'Allweddi mynediad',
  'On a phone or computer that has passkeys, you can sign in with your fingerprint, face or screen lock instead of typing a code from your app. Your authenticator app stays as the fallback.':
    "Ar ffôn neu gyfrifiadur sydd ag allweddi mynediad, gallwch fewngofnodi gyda'ch ôl bys, eich wyneb neu glo'r sgrin yn lle teipio cod o'ch ap. Mae eich ap dilysu yn aros wrth gefn.",
  '{name}, added {added}, last used {lastUsed}': '{name}, ychwanegwyd {added}, defnyddiwyd ddiwethaf {lastUsed}',
  '{name}, added {added}, not used yet': '{name}, ychwanegwyd {added}, heb ei defnyddio eto',
  Remove: 'Tynnu',
  'You have no passkeys.': 'Does gennych chi ddim allweddi mynediad.',
  'Name for a new passkey': 'Enw ar gyfer allwedd mynediad newydd',
  'So you can tell your passkeys apart, for example “Work laptop”.': 'Er mwyn i chi allu gwahaniaethu rhwng eich allweddi mynediad, er enghraifft “Gliniadur gwaith”.',
  'Add a passkey': 'Ychwanegu allwedd mynediad',
  'Your recovery codes': 'Eich codau adfer',
  'If you lose your phone, each of these codes signs you in once instead of a code from the app. Keep them somewhere safe, apart from your phone — <strong>this is the only time Chorus shows them</strong>.':
    "Os byddwch yn colli eich ffôn, mae pob un o'r codau hyn yn eich mewngofnodi unwaith yn lle cod o'r ap. Cadwch nhw yn rhywle diogel, ar wahân i'ch ffôn — <strong>dyma'r unig dro y bydd Chorus yn eu dangos</strong>.",
  'Two-step verification': 'Dilysu dau gam',
  'I have saved my recovery codes': 'Rydw i wedi cadw fy nghodau adfer',
  'Two-step verification is on since {since}. When you sign in, Chorus asks for a code from your authenticator app after your password.':
    "Mae dilysu dau gam ymlaen ers {since}. Pan fyddwch yn mewngofnodi, bydd Chorus yn gofyn am god o'ch ap dilysu ar ôl eich cyfrinair.",
  'Two-step verification is on. When you sign in, Chorus asks for a code from your authenticator app after your password.':
    "Mae dilysu dau gam ymlaen. Pan fyddwch yn mewngofnodi, bydd Chorus yn gofyn am god o'ch ap dilysu ar ôl eich cyfrinair.",
  'You have <strong>{count}</strong> unused {count, plural, one {recovery code} other {recovery codes}}.':
    'Mae gennych <strong>{count}</strong> {count, plural, zero {cod adfer} one {cod adfer} two {god adfer} few {chod adfer} many {chod adfer} other {cod adfer}} heb eu defnyddio.',
  'Make new recovery codes': 'Creu codau adfer newydd',
  'Your role needs two-step verification, so it stays on.': "Mae eich rôl angen dilysu dau gam, felly mae'n aros ymlaen.",
  'Turn off two-step verification': 'Diffodd dilysu dau gam',
  'Your role can act in the name of Chorus, so it needs two-step verification. Set it up to continue.': 'Gall eich rôl weithredu yn enw Chorus, felly mae angen dilysu dau gam. Gosodwch ef i barhau.',
  'With two-step verification, someone who learns your password still cannot sign in without your phone.': "Gyda dilysu dau gam, ni all rhywun sy'n dysgu eich cyfrinair fewngofnodi heb eich ffôn.",
  'Install an authenticator app on your phone if you have none (for example one from your phone’s maker, or any app that supports “TOTP”).':
    "Gosodwch ap dilysu ar eich ffôn os nad oes gennych un (er enghraifft un gan wneuthurwr eich ffôn, neu unrhyw ap sy'n cefnogi “TOTP”).",
  'In the app, add an account and scan this QR code:': 'Yn yr ap, ychwanegwch gyfrif a sganiwch y cod QR hwn:',
  'Cannot scan it? Choose to enter a setup key instead, and type this key (time-based, 6 digits):':
    'Methu ei sganio? Dewiswch roi allwedd gosod yn lle hynny, a theipiwch yr allwedd hon (yn seiliedig ar amser, 6 digid):',
  'Code from the app': "Cod o'r ap",
  'Enter the 6-digit code the app now shows for Chorus.': "Rhowch y cod 6 digid y mae'r ap yn ei ddangos nawr ar gyfer Chorus.",
  'Turn on two-step verification': 'Troi dilysu dau gam ymlaen',
  'Two-step verification — Chorus': 'Dilysu dau gam — Chorus',
  Breadcrumb: 'Briwsion bara',
  Overview: 'Trosolwg',
  'Fees statement': 'Datganiad ffioedd',
} satisfies Catalog
