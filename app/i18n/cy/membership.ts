import type { Catalog } from '~/i18n/translate.ts'

/** Joining, paying, signing in and the member's account. */
export default {
  // --- Accounts and signing in (app/domain/auth) ---------------------------------------------
  'An account with this email address already exists. Sign in, or reset your password if you have forgotten it.':
    "Mae cyfrif gyda'r cyfeiriad e-bost hwn yn bodoli'n barod. Mewngofnodwch, neu ailosodwch eich cyfrinair os ydych wedi'i anghofio.",
  'The email address or password is incorrect': "Mae'r cyfeiriad e-bost neu'r cyfrinair yn anghywir",
  'This link is not valid. Check you used the whole link from the email, or ask for a new one.':
    "Nid yw'r ddolen hon yn ddilys. Gwiriwch eich bod wedi defnyddio'r ddolen gyfan o'r neges e-bost, neu gofynnwch am un newydd.",
  'This link has already been used. Ask for a new one if you still need it.':
    "Mae'r ddolen hon wedi'i defnyddio'n barod. Gofynnwch am un newydd os oes ei hangen arnoch o hyd.",
  'This link has expired. Ask for a new one.': "Mae'r ddolen hon wedi dod i ben. Gofynnwch am un newydd.",
  'No such account': 'Does dim cyfrif o’r fath',
  'You cannot change your own role. Ask another admin.': 'Allwch chi ddim newid eich rôl eich hun. Gofynnwch i weinyddwr arall.',
  'That passkey was not accepted. Try again, or enter the code from your authenticator app.':
    "Ni chafodd yr allwedd mynediad honno ei derbyn. Rhowch gynnig arall arni, neu rhowch y cod o'ch ap dilysu.",
  'Account not found': "Heb ddod o hyd i'r cyfrif",
  'Set up two-step verification with an authenticator app first. A passkey is added beside it.':
    "Sefydlwch ddilysu dau gam gydag ap dilysu yn gyntaf. Mae allwedd mynediad yn cael ei hychwanegu wrth ei ochr.",
  'You have {count} passkeys, the most an account may have. Remove one first.':
    "Mae gennych {count} allwedd mynediad, y nifer fwyaf y caiff cyfrif ei chael. Tynnwch un yn gyntaf.",
  'That passkey could not be added. Start again and follow your device’s steps.':
    "Doedd dim modd ychwanegu'r allwedd mynediad honno. Dechreuwch eto a dilynwch y camau ar eich dyfais.",
  'That passkey is already added.': "Mae'r allwedd mynediad honno wedi'i hychwanegu'n barod.",
  'That passkey is not on your account.': "Nid yw'r allwedd mynediad honno ar eich cyfrif.",
  'Your sign-in has timed out. Enter your email address and password again.':
    "Mae amser eich mewngofnodi wedi dod i ben. Rhowch eich cyfeiriad e-bost a'ch cyfrinair eto.",
  'This account has no passkey. Enter the code from your authenticator app.':
    "Does dim allwedd mynediad gan y cyfrif hwn. Rhowch y cod o'ch ap dilysu.",
  'Your current password is not right.': "Nid yw eich cyfrinair presennol yn gywir.",
  'Choose a new password that is different from your current one.': "Dewiswch gyfrinair newydd sy'n wahanol i'ch un presennol.",
  'Too many attempts. Wait {minutes, plural, one {# minute} other {# minutes}} and try again.':
    "Gormod o ymdrechion. Arhoswch {minutes, plural, other {# munud}} a rhowch gynnig arall arni.",
  'Too many attempts. Wait {seconds, plural, one {# second} other {# seconds}} and try again.':
    "Gormod o ymdrechion. Arhoswch {seconds, plural, other {# eiliad}} a rhowch gynnig arall arni.",
  'Enter your email address': 'Rhowch eich cyfeiriad e-bost',
  'Email address must be 254 characters or fewer': "Rhaid i'r cyfeiriad e-bost fod yn 254 o nodau neu lai",
  'Enter an email address in the correct format, like name@example.com': "Rhowch gyfeiriad e-bost yn y fformat cywir, fel enw@enghraifft.com",
  'Enter a password': 'Rhowch gyfrinair',
  'Password must be at least 12 characters': "Rhaid i'r cyfrinair fod yn 12 nod o leiaf",
  'Password must be 200 characters or fewer': "Rhaid i'r cyfrinair fod yn 200 o nodau neu lai",
  'Enter your full name': 'Rhowch eich enw llawn',
  'Name must be 120 characters or fewer': "Rhaid i'r enw fod yn 120 o nodau neu lai",
  'Enter your password': 'Rhowch eich cyfrinair',
  'Confirm your new password': 'Cadarnhewch eich cyfrinair newydd',
  'The passwords do not match': "Nid yw'r cyfrineiriau'n cyfateb",
  'Enter the code from your authenticator app': "Rhowch y cod o'ch ap dilysu",
  'That code is too long: enter the 6-digit code or one recovery code': "Mae'r cod hwnnw'n rhy hir: rhowch y cod 6 digid neu un cod adfer",
  'Enter the 6-digit code your app shows': "Rhowch y cod 6 digid y mae eich ap yn ei ddangos",
  'Enter the 6-digit code your app shows, without spaces': "Rhowch y cod 6 digid y mae eich ap yn ei ddangos, heb fylchau",
  'Enter your current password': 'Rhowch eich cyfrinair presennol',
  'Unknown browser': 'Porwr anhysbys',
  'A browser': 'Porwr',
  '{browser} on {system}': '{browser} ar {system}',
  'QR code for your authenticator app': 'Cod QR ar gyfer eich ap dilysu',
  'That code is not right. Enter the 6-digit code your authenticator app shows now, or one of your recovery codes.':
    "Nid yw'r cod hwnnw'n gywir. Rhowch y cod 6 digid y mae eich ap dilysu yn ei ddangos nawr, neu un o'ch codau adfer.",
  'Two-step verification is already on for your account.': "Mae dilysu dau gam ymlaen ar gyfer eich cyfrif yn barod.",
  'Start setting up two-step verification again: the page has expired.': "Dechreuwch sefydlu dilysu dau gam eto: mae'r dudalen wedi dod i ben.",
  'That code is not right. Check the app shows Chorus and enter the 6-digit code it shows now.':
    "Nid yw'r cod hwnnw'n gywir. Gwiriwch fod yr ap yn dangos Chorus a rhowch y cod 6 digid y mae'n ei ddangos nawr.",
  'Turn on two-step verification first.': 'Trowch ddilysu dau gam ymlaen yn gyntaf.',
  'Your role needs two-step verification, so it cannot be turned off. You can set it up again with a new app instead.':
    "Mae eich rôl yn gofyn am ddilysu dau gam, felly does dim modd ei ddiffodd. Gallwch ei sefydlu eto gydag ap newydd yn lle hynny.",
  'That code has been used already. Wait for your app to show a new one.': "Mae'r cod hwnnw wedi'i ddefnyddio'n barod. Arhoswch i'ch ap ddangos un newydd.",
  'Your sign-in has timed out or had too many wrong tries. Enter your email address and password again.':
    "Mae amser eich mewngofnodi wedi dod i ben neu roedd gormod o ymdrechion anghywir. Rhowch eich cyfeiriad e-bost a'ch cyfrinair eto.",
  'That password is not right.': "Nid yw'r cyfrinair hwnnw'n gywir.",
  'Enter the 6-digit code from your authenticator app, or a recovery code.': "Rhowch y cod 6 digid o'ch ap dilysu, neu god adfer.",

  // --- Membership (app/domain/membership) ------------------------------------------------------
  'Only a current membership can change type.': "Dim ond aelodaeth gyfredol sy'n gallu newid ei math.",
  'Select a membership type': 'Dewiswch fath o aelodaeth',
  'You are already a {tier} member paying every {interval, select, month {month} other {year}}':
    "Rydych chi eisoes yn aelod {tier} sy'n talu bob {interval, select, month {mis} other {blwyddyn}}",
  '{tier} membership is paid yearly': "Mae aelodaeth {tier} yn cael ei thalu'n flynyddol",
  '{tier} membership needs a registration number. Add yours first.': "Mae angen rhif cofrestru ar gyfer aelodaeth {tier}. Ychwanegwch eich un chi yn gyntaf.",
  'We could not reach our payment provider, so nothing has changed. Try again in a minute.':
    "Doedd dim modd cysylltu â'n darparwr taliadau, felly does dim wedi newid. Rhowch gynnig arall arni ymhen munud.",
  'There is no membership on this account.': 'Does dim aelodaeth ar y cyfrif hwn.',
  'That is the number we already have': "Dyna'r rhif sydd gennym yn barod",
  'This registration number is already on another membership. Contact us if you think this is wrong.':
    "Mae'r rhif cofrestru hwn ar aelodaeth arall yn barod. Cysylltwch â ni os ydych chi'n credu bod hyn yn anghywir.",
  'Enter your registration number: {tier} membership is for registered social workers':
    "Rhowch eich rhif cofrestru: mae aelodaeth {tier} ar gyfer gweithwyr cymdeithasol cofrestredig",
  'Enter your name, email address and a password': "Rhowch eich enw, eich cyfeiriad e-bost a chyfrinair",
  'You are already a member. Your membership card is on your account page.': "Rydych chi eisoes yn aelod. Mae eich cerdyn aelodaeth ar dudalen eich cyfrif.",
  'Your Direct Debit payment is being processed; it usually takes 3 working days. Your membership is on your account page.':
    "Mae eich taliad Debyd Uniongyrchol yn cael ei brosesu; fel arfer mae'n cymryd 3 diwrnod gwaith. Mae eich aelodaeth ar dudalen eich cyfrif.",
  'This account has left Chorus. Create a new account to join again.': "Mae'r cyfrif hwn wedi gadael Chorus. Crëwch gyfrif newydd i ymuno eto.",
  'There is no membership waiting for payment on this account.': "Does dim aelodaeth yn aros am daliad ar y cyfrif hwn.",
  'There are no payment details on this account yet.': "Does dim manylion talu ar y cyfrif hwn eto.",
  'There is no account to export.': "Does dim cyfrif i'w allforio.",
  'We could not stop your membership payments with our payment provider, so nothing has been deleted. Try again in a few minutes; if it keeps happening, contact us.':
    "Doedd dim modd atal eich taliadau aelodaeth gyda'n darparwr taliadau, felly does dim wedi'i ddileu. Rhowch gynnig arall arni ymhen ychydig funudau; os yw'n dal i ddigwydd, cysylltwch â ni.",
  'Your membership payments changed while we were deleting your account. Nothing has been deleted: try again.':
    "Newidiodd eich taliadau aelodaeth tra oeddem yn dileu eich cyfrif. Does dim wedi'i ddileu: rhowch gynnig arall arni.",
  'This account has already been deleted.': "Mae'r cyfrif hwn wedi'i ddileu'n barod.",
  'You are the only administrator. Make someone else an administrator before deleting your account.':
    "Chi yw'r unig weinyddwr. Gwnewch rywun arall yn weinyddwr cyn dileu eich cyfrif.",
  'We could not delete everything on this account automatically. Nothing has been deleted: contact us and we will do it for you.':
    "Doedd dim modd dileu popeth ar y cyfrif hwn yn awtomatig. Does dim wedi'i ddileu: cysylltwch â ni a byddwn yn gwneud hyn ar eich rhan.",
  'Social Work England register': 'cofrestr Social Work England',
  'SSSC register': 'cofrestr yr SSSC',
  'Social Care Wales register': 'cofrestr Gofal Cymdeithasol Cymru',
  'NISCC register': 'cofrestr yr NISCC',
  England: 'Lloegr',
  'SW followed by up to 7 digits': 'SW ac yna hyd at 7 digid',
  'Enter your Social Work England registration number: SW followed by up to 7 digits, like SW123456':
    'Rhowch eich rhif cofrestru gyda Social Work England: SW ac yna hyd at 7 digid, fel SW123456',
  'Scottish Social Services Council (SSSC)': 'Cyngor Gwasanaethau Cymdeithasol yr Alban (SSSC)',
  Scotland: 'Yr Alban',
  'up to 7 digits': 'hyd at 7 digid',
  'Enter your Scottish Social Services Council (SSSC) registration number: up to 7 digits, like 1234567':
    'Rhowch eich rhif cofrestru gyda Chyngor Gwasanaethau Cymdeithasol yr Alban (SSSC): hyd at 7 digid, fel 1234567',
  'Social Care Wales': 'Gofal Cymdeithasol Cymru',
  Wales: 'Cymru',
  'Enter your Social Care Wales registration number: up to 7 digits, like 1012345':
    'Rhowch eich rhif cofrestru gyda Gofal Cymdeithasol Cymru: hyd at 7 digid, fel 1012345',
  'Northern Ireland Social Care Council (NISCC)': 'Cyngor Gofal Cymdeithasol Gogledd Iwerddon (NISCC)',
  'Northern Ireland': 'Gogledd Iwerddon',
  'Enter your Northern Ireland Social Care Council (NISCC) registration number: up to 7 digits, like 7001234':
    'Rhowch eich rhif cofrestru gyda Chyngor Gofal Cymdeithasol Gogledd Iwerddon (NISCC): hyd at 7 digid, fel 7001234',
  'Select a branch in England': 'Dewiswch gangen yn Lloegr',
  'North East': 'Gogledd-ddwyrain Lloegr',
  'North West': 'Gogledd-orllewin Lloegr',
  'Yorkshire and the Humber': 'Swydd Efrog a’r Humber',
  'East Midlands': 'Dwyrain Canolbarth Lloegr',
  'West Midlands': 'Gorllewin Canolbarth Lloegr',
  'East of England': 'Dwyrain Lloegr',
  London: 'Llundain',
  'South East': 'De-ddwyrain Lloegr',
  'South West': 'De-orllewin Lloegr',
  'Select a branch in Scotland': 'Dewiswch gangen yn yr Alban',
  'North of Scotland': 'Gogledd yr Alban',
  'East of Scotland': 'Dwyrain yr Alban',
  'West of Scotland': 'Gorllewin yr Alban',
  'Select a branch in Wales': 'Dewiswch gangen yng Nghymru',
  'North Wales': 'Gogledd Cymru',
  'Mid and West Wales': 'Canolbarth a Gorllewin Cymru',
  'South East Wales': 'De-ddwyrain Cymru',
  'Select a branch in Northern Ireland': 'Dewiswch gangen yng Ngogledd Iwerddon',
  'Belfast and Eastern': 'Belfast a’r Dwyrain',
  'Northern and Western': 'Y Gogledd a’r Gorllewin',
  Southern: 'Y De',
  "Children's services (local authority)": 'Gwasanaethau plant (awdurdod lleol)',
  'Adult social care (local authority)': 'Gofal cymdeithasol i oedolion (awdurdod lleol)',
  'NHS and health settings': "Y GIG a lleoliadau iechyd",
  'Voluntary and charity sector': 'Y sector gwirfoddol ac elusennol',
  'Independent, agency or self-employed': 'Annibynnol, asiantaeth neu hunangyflogedig',
  'Education and research': 'Addysg ac ymchwil',
  'Other or not working in social work now': 'Arall neu ddim yn gweithio ym maes gwaith cymdeithasol ar hyn o bryd',
  'Select your regulator': 'Dewiswch eich rheoleiddiwr',
  'Select the nation you work in': "Dewiswch y wlad rydych chi'n gweithio ynddi",
  'Select how often you want to pay': 'Dewiswch pa mor aml rydych chi eisiau talu',
  'Registration number must be 40 characters or fewer': "Rhaid i'r rhif cofrestru fod yn 40 o nodau neu lai",
  'Select your branch': 'Dewiswch eich cangen',
  'Select the sector you work in': "Dewiswch y sector rydych chi'n gweithio ynddo",
  'You must agree to the membership terms to join': "Rhaid i chi gytuno i'r telerau aelodaeth i ymuno",
  'Select the regulator you are registered with': "Dewiswch y rheoleiddiwr rydych chi wedi'ch cofrestru gydag ef",
  'Only members can vote. Join Chorus to take part.': "Dim ond aelodau sy'n gallu pleidleisio. Ymunwch â Chorus i gymryd rhan.",
  'Your membership tier does not carry a vote.': "Nid yw eich haen aelodaeth yn rhoi pleidlais i chi.",
  'Your membership is not in good standing. Renew it to vote.': "Nid yw eich aelodaeth mewn trefn. Adnewyddwch hi i bleidleisio.",
  'Your registration number has not been verified yet.': "Nid yw eich rhif cofrestru wedi'i ddilysu eto.",
  'Your Direct Debit payment is being processed; it usually takes 3 working days. You can vote once it has cleared.':
    "Mae eich taliad Debyd Uniongyrchol yn cael ei brosesu; fel arfer mae'n cymryd 3 diwrnod gwaith. Gallwch bleidleisio unwaith y bydd wedi clirio.",
  'Waiting for payment': 'Yn aros am daliad',
  'Direct Debit payment processing': 'Taliad Debyd Uniongyrchol yn cael ei brosesu',
  Active: 'Gweithredol',
  'Payment overdue': 'Taliad yn hwyr',
  Lapsed: 'Wedi dod i ben',
  Cancelled: 'Wedi’i chanslo',
  Resigned: 'Wedi ymddiswyddo',
  '6 April {start} to 5 April {end}': '6 Ebrill {start} i 5 Ebrill {end}',
  '{start} to {end} tax year': 'blwyddyn dreth {start} i {end}',
  'A Stripe price id starts with price_': 'Mae dynodydd pris Stripe yn dechrau gyda price_',
  'Enter a name': 'Rhowch enw',
  'Name must be 60 characters or fewer': "Rhaid i'r enw fod yn 60 o nodau neu lai",
  'Enter a description': 'Rhowch ddisgrifiad',
  'Description must be 300 characters or fewer': "Rhaid i'r disgrifiad fod yn 300 o nodau neu lai",
  'Enter the yearly price in pounds, like 180 or 15.50': "Rhowch y pris blynyddol mewn punnoedd, fel 180 neu 15.50",
  'Enter the monthly price in pounds, like 180 or 15.50': "Rhowch y pris misol mewn punnoedd, fel 180 neu 15.50",
  'No such membership type': "Does dim math o aelodaeth o'r fath",
  'The yearly price must be at least £1': "Rhaid i'r pris blynyddol fod yn £1 o leiaf",
  'Your membership type does not carry a vote.': "Nid yw eich math o aelodaeth yn rhoi pleidlais i chi.",
  'Change your membership type': 'Newid eich math o aelodaeth',
  'Your membership starts when your first payment reaches us.': "Mae eich aelodaeth yn dechrau pan fydd eich taliad cyntaf yn ein cyrraedd.",
  'Continue to payment': "Parhau i'r taliad",
  'Your membership has ended. Renew it to vote again.': "Mae eich aelodaeth wedi dod i ben. Adnewyddwch hi i bleidleisio eto.",
  'Renew your membership': 'Adnewyddu eich aelodaeth',
  'Your membership is not in good standing yet.': "Nid yw eich aelodaeth mewn trefn eto.",
  'We need your registration number with your regulator, to check you are a registered social worker.':
    "Mae angen eich rhif cofrestru gyda'ch rheoleiddiwr arnom, i wirio eich bod yn weithiwr cymdeithasol cofrestredig.",
  'Add your registration number': 'Ychwanegu eich rhif cofrestru',
  'We could not verify your registration number: {reason}': "Doedd dim modd dilysu eich rhif cofrestru: {reason}",
  'Correct your registration number': 'Cywiro eich rhif cofrestru',
  'An officer is checking your registration number with your regulator, usually within two working days. You can vote once it is verified.':
    "Mae swyddog yn gwirio eich rhif cofrestru gyda'ch rheoleiddiwr, fel arfer o fewn dau ddiwrnod gwaith. Gallwch bleidleisio unwaith y bydd wedi'i ddilysu.",
  // --- Signing in and up (app/routes/login*, signup) ------------------------------------------
  'Sign in to Chorus': 'Mewngofnodi i Chorus',
  'Your password has been changed and you have been signed out on every device. Sign in with your new password.':
    "Mae eich cyfrinair wedi'i newid ac rydych wedi cael eich allgofnodi ar bob dyfais. Mewngofnodwch gyda'ch cyfrinair newydd.",
  Password: 'Cyfrinair',
  'Forgotten your password?': "Wedi anghofio'ch cyfrinair?",
  'New to Chorus?': "Yn newydd i Chorus?",
  '<signup>Create an account</signup> to vote, take part in consultations and manage your membership.':
    "<signup>Crëwch gyfrif</signup> i bleidleisio, cymryd rhan mewn ymgyngoriadau a rheoli eich aelodaeth.",
  'Sign in — Chorus': 'Mewngofnodi — Chorus',
  'Your device did not send a passkey. Try again, or enter the code from your authenticator app.':
    "Ni anfonodd eich dyfais allwedd mynediad. Rhowch gynnig arall arni, neu rhowch y cod o'ch ap dilysu.",
  'Enter your sign-in code': 'Rhowch eich cod mewngofnodi',
  'Your password is right. To finish signing in, open the authenticator app you set up for Chorus, or use your passkey.':
    "Mae eich cyfrinair yn gywir. I orffen mewngofnodi, agorwch yr ap dilysu a sefydloch ar gyfer Chorus, neu defnyddiwch eich allwedd mynediad.",
  'Your password is right. To finish signing in, open the authenticator app you set up for Chorus.':
    "Mae eich cyfrinair yn gywir. I orffen mewngofnodi, agorwch yr ap dilysu a sefydloch ar gyfer Chorus.",
  'Use a passkey': 'Defnyddio allwedd mynediad',
  Code: 'Cod',
  'The 6-digit code your app shows now. Lost your phone? Enter one of your recovery codes instead (each works once).':
    "Y cod 6 digid y mae eich ap yn ei ddangos nawr. Wedi colli eich ffôn? Rhowch un o'ch codau adfer yn lle hynny (mae pob un yn gweithio unwaith).",
  Continue: 'Parhau',
  'Start again': 'Dechrau eto',
  'Enter your sign-in code — Chorus': 'Rhowch eich cod mewngofnodi — Chorus',
  'Check your email': 'Gwiriwch eich e-bost',
  "We've sent an email to <strong>{email}</strong>. Follow the link in it to confirm your address, then sign in. The link works for 48 hours.":
    "Rydym wedi anfon neges e-bost i <strong>{email}</strong>. Dilynwch y ddolen ynddi i gadarnhau eich cyfeiriad, yna mewngofnodwch. Mae'r ddolen yn gweithio am 48 awr.",
  'Nothing arrived? Check your spam folder. If you already have an account, the email tells you how to sign in or reset your password.':
    "Dim wedi cyrraedd? Gwiriwch eich ffolder sbam. Os oes gennych gyfrif yn barod, mae'r neges e-bost yn dweud sut i fewngofnodi neu ailosod eich cyfrinair.",
  'Create your Chorus account': 'Creu eich cyfrif Chorus',
  'An account lets you take part in consultations and follow Chorus. You can join as a paying member once you are signed in.':
    "Mae cyfrif yn gadael i chi gymryd rhan mewn ymgyngoriadau a dilyn Chorus. Gallwch ymuno fel aelod sy'n talu unwaith y byddwch wedi mewngofnodi.",
  "We'll send a link to confirm it. Use an address you can get to between visits.":
    "Byddwn yn anfon dolen i'w gadarnhau. Defnyddiwch gyfeiriad y gallwch ei gyrraedd rhwng ymweliadau.",
  'At least 12 characters. A few unrelated words make a strong password that is easy to remember.':
    "O leiaf 12 nod. Mae ambell air digyswllt yn gwneud cyfrinair cryf sy'n hawdd ei gofio.",
  'Create account': 'Creu cyfrif',
  'Already have an account? <signin>Sign in</signin>.': 'Oes gennych gyfrif yn barod? <signin>Mewngofnodwch</signin>.',
  'Create an account — Chorus': 'Creu cyfrif — Chorus',
  'No passkey was made. Try again, or use another device.': "Ni chafodd allwedd mynediad ei chreu. Rhowch gynnig arall arni, neu defnyddiwch ddyfais arall.",
  'Your device did not use a passkey. Try again, or enter the code from your authenticator app.':
    "Ni ddefnyddiodd eich dyfais allwedd mynediad. Rhowch gynnig arall arni, neu rhowch y cod o'ch ap dilysu.",

  // --- Joining and paying (app/routes/join*, membership-fields) --------------------------------
  'Join Chorus': 'Ymuno â Chorus',
  'Membership gives you a vote on what Chorus says and who leads it. It takes about five minutes; you pay on the next page.':
    "Mae aelodaeth yn rhoi pleidlais i chi ar yr hyn y mae Chorus yn ei ddweud a phwy sy'n ei arwain. Mae'n cymryd tua phum munud; byddwch yn talu ar y dudalen nesaf.",
  'About you': 'Amdanoch chi',
  'Full name': 'Enw llawn',
  'Create a password': 'Creu cyfrinair',
  'At least 12 characters.': 'O leiaf 12 nod.',
  'Already have an account? <signin>Sign in first</signin>.': 'Oes gennych gyfrif yn barod? <signin>Mewngofnodwch yn gyntaf</signin>.',
  'Finish joining Chorus': 'Gorffen ymuno â Chorus',
  'Your application for {tier} membership ({price}) is saved, but you have not paid yet. Nothing has been charged.':
    "Mae eich cais am aelodaeth {tier} ({price}) wedi'i gadw, ond nid ydych wedi talu eto. Does dim wedi'i godi.",
  'Your application number is {number}. You can pay by card or set up a Direct Debit.':
    "Rhif eich cais yw {number}. Gallwch dalu â cherdyn neu sefydlu Debyd Uniongyrchol.",
  'Finish paying': 'Gorffen talu',
  '<change>Change your details</change> (membership type, registration, branch) before you pay.':
    "<change>Newidiwch eich manylion</change> (math o aelodaeth, cofrestriad, cangen) cyn i chi dalu.",
  'Welcome to Chorus': 'Croeso i Chorus',
  'You are now a {tier} member. Your membership number is <strong>{number}</strong>.':
    "Rydych chi bellach yn aelod {tier}. Eich rhif aelodaeth yw <strong>{number}</strong>.",
  'Before you can vote, an officer checks your registration number with your regulator, usually within two working days. We will email you if there is a problem with it; you can see where it has got to on your account page.':
    "Cyn y gallwch bleidleisio, mae swyddog yn gwirio eich rhif cofrestru gyda'ch rheoleiddiwr, fel arfer o fewn dau ddiwrnod gwaith. Byddwn yn anfon neges e-bost atoch os oes problem gydag ef; gallwch weld sut mae pethau'n mynd ar dudalen eich cyfrif.",
  'See your membership card': 'Gweld eich cerdyn aelodaeth',
  'Your Direct Debit is set up': "Mae eich Debyd Uniongyrchol wedi'i sefydlu",
  'Your Direct Debit payment is being processed; it usually takes 3 working days.':
    "Mae eich taliad Debyd Uniongyrchol yn cael ei brosesu; fel arfer mae'n cymryd 3 diwrnod gwaith.",
  'Your membership number is <strong>{number}</strong>. We will email you when the payment has cleared and your {tier} membership is active. Until then you cannot vote.':
    "Eich rhif aelodaeth yw <strong>{number}</strong>. Byddwn yn anfon neges e-bost atoch pan fydd y taliad wedi clirio a'ch aelodaeth {tier} yn weithredol. Tan hynny, ni allwch bleidleisio.",
  'Go to your account': "Mynd i'ch cyfrif",
  'You have not paid yet': 'Nid ydych wedi talu eto',
  'Your application is saved. Nothing has been charged.': "Mae eich cais wedi'i gadw. Does dim wedi'i godi.",
  'Try paying again': 'Rhoi cynnig arall ar dalu',
  'Confirming your payment': 'Yn cadarnhau eich taliad',
  'We are waiting for our payment provider to confirm your payment. This usually takes a few seconds.':
    "Rydym yn aros i'n darparwr taliadau gadarnhau eich taliad. Fel arfer mae hyn yn cymryd ychydig eiliadau.",
  'Check again': 'Gwirio eto',
  'If nothing changes within a few minutes, contact us with your membership number {number}. You will not be charged twice.':
    "Os nad oes dim yn newid o fewn ychydig funudau, cysylltwch â ni gyda'ch rhif aelodaeth {number}. Ni fydd tâl yn cael ei godi arnoch ddwywaith.",
  'Joining Chorus': 'Ymuno â Chorus',
  'We could not reach our payment provider. Nothing has been charged. Try again in a minute.':
    "Doedd dim modd cysylltu â'n darparwr taliadau. Does dim wedi'i godi. Rhowch gynnig arall arni ymhen munud.",
  'We saved your application but could not reach our payment provider. Nothing has been charged. Try again.':
    "Rydym wedi cadw eich cais ond doedd dim modd cysylltu â'n darparwr taliadau. Does dim wedi'i godi. Rhowch gynnig arall arni.",
  'Pay for your membership': 'Talu am eich aelodaeth',
  '{tier} membership, {price}. You will pay on a secure page run by our payment provider, Stripe, then come back here.':
    "Aelodaeth {tier}, {price}. Byddwch yn talu ar dudalen ddiogel sy'n cael ei rhedeg gan ein darparwr taliadau, Stripe, ac yna'n dod yn ôl yma. Mae tudalen Stripe yn Saesneg.",
  'Continue to secure payment': "Parhau i'r taliad diogel",
  'Pay for your membership — Chorus': 'Talu am eich aelodaeth — Chorus',
  '{price} a {interval, select, month {month} other {year}}': '{price} y {interval, select, month {mis} other {flwyddyn}}',
  '{formats}. Students without one can leave this blank.': "{formats}. Gall myfyrwyr heb rif adael hwn yn wag.",
  '{regulator}: {format}, like {example}': '{regulator}: {format}, fel {example}',
  'Membership type': 'Math o aelodaeth',
  '{yearly} a year or {monthly} a month': '{yearly} y flwyddyn neu {monthly} y mis',
  '{yearly} a year': '{yearly} y flwyddyn',
  '{description} No vote.': '{description} Dim pleidlais.',
  'How often do you want to pay?': 'Pa mor aml ydych chi eisiau talu?',
  'Monthly payment is available for Full and Newly qualified membership.': "Mae talu'n fisol ar gael ar gyfer aelodaeth Lawn ac aelodaeth Newydd gymhwyso.",
  'Once a year': 'Unwaith y flwyddyn',
  'Every month': 'Bob mis',
  'Your registration': 'Eich cofrestriad',
  Regulator: 'Rheoleiddiwr',
  'Who you are registered with as a social worker.': "Gyda phwy rydych chi wedi'ch cofrestru fel gweithiwr cymdeithasol.",
  'Registration number': 'Rhif cofrestru',
  'Where you work': "Ble rydych chi'n gweithio",
  Nation: 'Gwlad',
  'Select a nation': 'Dewiswch wlad',
  Branch: 'Cangen',
  'Your local branch meets and elects its own officers. Choose one in the nation you work in.':
    "Mae eich cangen leol yn cyfarfod ac yn ethol ei swyddogion ei hun. Dewiswch un yn y wlad rydych chi'n gweithio ynddi.",
  'Select a branch': 'Dewiswch gangen',
  Sector: 'Sector gwaith',
  'Select a sector': 'Dewiswch sector',
  'Emails from Chorus': 'Negeseuon e-bost gan Chorus',
  'Choose what you want to hear about. You can change this at any time. Receipts and account emails are always sent.':
    "Dewiswch beth rydych chi eisiau clywed amdano. Gallwch newid hyn unrhyw bryd. Mae derbynebau a negeseuon e-bost am eich cyfrif yn cael eu hanfon bob amser.",
  'Membership terms': 'Telerau aelodaeth',
  'Membership renews automatically until you cancel. You can cancel at any time from your account; we do not refund part years.':
    "Mae aelodaeth yn cael ei hadnewyddu'n awtomatig nes i chi ei chanslo. Gallwch ganslo unrhyw bryd o'ch cyfrif; nid ydym yn ad-dalu rhan o flwyddyn.",
  'I agree to the Chorus membership terms and the code of conduct': "Rwy'n cytuno i delerau aelodaeth Chorus a'r cod ymddygiad",
  'Search the {register} for {number} (opens in new tab)': 'Chwilio {register} am {number} (yn agor mewn tab newydd)',

  // --- The account page and the membership card -------------------------------------------------
  'Choose Cymraeg or English.': 'Dewiswch Gymraeg neu English.',
  'Your language is saved. Chorus pages and emails will be in {locale, select, cy {Welsh} other {English}}.':
    "Mae eich dewis iaith wedi'i gadw. Bydd tudalennau a negeseuon e-bost Chorus yn {locale, select, cy {Gymraeg} other {Saesneg}}.",
  'Your email choices are saved.': "Mae eich dewisiadau e-bost wedi'u cadw.",
  'You are signed out everywhere else.': "Rydych wedi cael eich allgofnodi ym mhobman arall.",
  'You are signed out on every device.': 'Rydych wedi cael eich allgofnodi ar bob dyfais.',
  'That device is already signed out.': "Mae'r ddyfais honno wedi'i hallgofnodi'n barod.",
  'That device is signed out.': "Mae'r ddyfais honno wedi'i hallgofnodi.",
  "We've emailed a new confirmation link to {email}.": 'Rydym wedi anfon dolen gadarnhau newydd i {email}.',
  'Your email address is already confirmed.': "Mae eich cyfeiriad e-bost wedi'i gadarnhau'n barod.",
  'Choose what to do.': "Dewiswch beth i'w wneud.",
  Member: 'Aelod',
  Officer: 'Swyddog',
  Administrator: 'Gweinyddwr',
  Journalist: 'Newyddiadurwr',
  "<strong>Your account is ready.</strong> We've emailed a link to <strong>{email}</strong>. Open it to confirm your email address.":
    "<strong>Mae eich cyfrif yn barod.</strong> Rydym wedi anfon dolen i <strong>{email}</strong>. Agorwch hi i gadarnhau eich cyfeiriad e-bost.",
  Name: 'Enw',
  'Email address': 'Cyfeiriad e-bost',
  Confirmed: "Wedi'i gadarnhau",
  'Not confirmed yet': "Heb ei gadarnhau eto",
  'Account type': 'Math o gyfrif',
  Membership: 'Aelodaeth',
  'You have an account but are not a member yet. Members vote on what Chorus says and who leads it.':
    "Mae gennych gyfrif ond nid ydych yn aelod eto. Mae aelodau'n pleidleisio ar yr hyn y mae Chorus yn ei ddweud a phwy sy'n ei arwain.",
  'Confirm your email address': 'Cadarnhau eich cyfeiriad e-bost',
  'We need to know this address is yours before you can vote or take part in consultations.':
    "Mae angen i ni wybod mai chi biau'r cyfeiriad hwn cyn y gallwch bleidleisio neu gymryd rhan mewn ymgyngoriadau.",
  'Send the link again': "Anfon y ddolen eto",
  Language: 'Iaith',
  'Language for Chorus pages and emails': 'Iaith tudalennau a negeseuon e-bost Chorus',
  'Save language': 'Cadw iaith',
  'Emails we send you': 'Negeseuon e-bost rydym yn eu hanfon atoch',
  'Choose what you want to hear about': 'Dewiswch beth rydych chi eisiau clywed amdano',
  'Emails about your account, such as sign-in links and receipts, are always sent.':
    "Mae negeseuon e-bost am eich cyfrif, fel dolenni mewngofnodi a derbynebau, yn cael eu hanfon bob amser.",
  'Save email choices': 'Cadw dewisiadau e-bost',
  Security: 'Diogelwch',
  'Change your password': 'Newid eich cyfrinair',
  'Two-step verification is <strong>on</strong>.': 'Mae dilysu dau gam <strong>ymlaen</strong>.',
  'Two-step verification is <strong>off</strong>.': 'Mae dilysu dau gam <strong>i ffwrdd</strong>.',
  'Manage two-step verification': 'Rheoli dilysu dau gam',
  'Set up two-step verification': 'Sefydlu dilysu dau gam',
  'Where you are signed in': 'Ble rydych chi wedi mewngofnodi',
  Device: 'Dyfais',
  'Signed in': 'Wedi mewngofnodi',
  'Last seen': 'Gwelwyd ddiwethaf',
  Action: 'Cam gweithredu',
  'Devices signed in to your account': "Dyfeisiau sydd wedi mewngofnodi i'ch cyfrif",
  'This device': "Y ddyfais hon",
  Now: 'Nawr',
  '{device}, last seen {when}': '{device}, gwelwyd ddiwethaf {when}',
  'Sign out everywhere else': 'Allgofnodi ym mhobman arall',
  'If you signed in on a shared or lost device, sign out everywhere. You will need to sign in again here too.':
    "Os gwnaethoch fewngofnodi ar ddyfais a rennir neu ddyfais a gollwyd, allgofnodwch ym mhobman. Bydd angen i chi fewngofnodi eto yma hefyd.",
  'Sign out on all devices': 'Allgofnodi ar bob dyfais',
  'Your data': 'Eich data',
  '<download>Download everything Chorus holds about you</download> (a JSON file).':
    "<download>Lawrlwytho popeth sydd gan Chorus amdanoch chi</download> (ffeil JSON).",
  '<delete>Delete your account</delete>: your membership ends and your personal details are erased.':
    "<delete>Dileu eich cyfrif</delete>: mae eich aelodaeth yn dod i ben ac mae eich manylion personol yn cael eu dileu.",
  'Your account — Chorus': 'Eich cyfrif — Chorus',
  'Your membership': 'Eich aelodaeth',
  'We have your application but not your first payment yet.': "Mae eich cais gennym ond nid eich taliad cyntaf eto.",
  'Your Direct Debit payment is being processed; it usually takes 3 working days. We will email you when it has cleared.':
    "Mae eich taliad Debyd Uniongyrchol yn cael ei brosesu; fel arfer mae'n cymryd 3 diwrnod gwaith. Byddwn yn anfon neges e-bost atoch pan fydd wedi clirio.",
  'Chorus membership card': 'Cerdyn aelodaeth Chorus',
  'Membership number': 'Rhif aelodaeth',
  Type: 'Math',
  Status: 'Statws',
  'Ends on': 'Yn dod i ben ar',
  'Renews on': "Yn adnewyddu ar",
  Registration: 'Cofrestriad',
  Verified: "Wedi'i ddilysu",
  'Not verified yet': "Heb ei ddilysu eto",
  'You can vote in Chorus ballots.': 'Gallwch bleidleisio ym mhleidleisiau Chorus.',
  'You cannot vote yet. {reason}': 'Ni allwch bleidleisio eto. {reason}',
  'You cannot vote yet.': 'Ni allwch bleidleisio eto.',
  'To keep a copy of your card, use your browser’s print command; only the card and your details print.':
    "I gadw copi o'ch cerdyn, defnyddiwch orchymyn argraffu eich porwr; dim ond y cerdyn a'ch manylion fydd yn cael eu hargraffu.",
  'Change membership type or registration number': 'Newid math o aelodaeth neu rif cofrestru',
  'Manage payments and card details': 'Rheoli taliadau a manylion cerdyn',
  '<statement>Statement of fees paid</statement>, for claiming tax relief on your professional subscription':
    "<statement>Datganiad o'r ffioedd a dalwyd</statement>, i hawlio rhyddhad treth ar eich tanysgrifiad proffesiynol",
  // --- Passwords, links and confirming it's you -------------------------------------------------
  'Page not found — Chorus': "Heb ddod o hyd i'r dudalen — Chorus",
  'We could not reach our payment provider. Try again in a minute.': "Doedd dim modd cysylltu â'n darparwr taliadau. Rhowch gynnig arall arni ymhen munud.",
  'Confirm it’s you': 'Cadarnhewch mai chi sydd yma',
  'You signed in a while ago, and what you are about to do acts in the name of Chorus. Confirm that you are still {email}; then you go back to where you were, to do it again.':
    "Fe wnaethoch fewngofnodi beth amser yn ôl, ac mae'r hyn rydych ar fin ei wneud yn gweithredu yn enw Chorus. Cadarnhewch mai chi yw {email} o hyd; yna byddwch yn mynd yn ôl i ble roeddech chi, i'w wneud eto.",
  'Code from your authenticator app': "Cod o'ch ap dilysu",
  'Or one of your recovery codes.': "Neu un o'ch codau adfer.",
  Confirm: 'Cadarnhau',
  'Confirm it’s you — Chorus': 'Cadarnhewch mai chi sydd yma — Chorus',
  'Your password has been changed. You are still signed in here; every other device signed in to your account has been signed out.':
    "Mae eich cyfrinair wedi'i newid. Rydych wedi mewngofnodi yma o hyd; mae pob dyfais arall a oedd wedi mewngofnodi i'ch cyfrif wedi'i hallgofnodi.",
  'Changing your password signs you out on every other device.': "Mae newid eich cyfrinair yn eich allgofnodi ar bob dyfais arall.",
  'Current password': 'Cyfrinair presennol',
  'New password': 'Cyfrinair newydd',
  'Confirm new password': 'Cadarnhau cyfrinair newydd',
  'Change password': 'Newid cyfrinair',
  'Change your password — Chorus': 'Newid eich cyfrinair — Chorus',
  "If there is a Chorus account for <strong>{email}</strong>, we've emailed a link to reset its password. The link works for 1 hour.":
    "Os oes cyfrif Chorus ar gyfer <strong>{email}</strong>, rydym wedi anfon dolen i ailosod ei gyfrinair. Mae'r ddolen yn gweithio am awr.",
  'Nothing arrived? Check your spam folder, or <again>try again</again>.': 'Dim wedi cyrraedd? Gwiriwch eich ffolder sbam, neu <again>rhowch gynnig arall arni</again>.',
  'Reset your password': 'Ailosod eich cyfrinair',
  "Enter the email address you use for Chorus and we'll email you a link to choose a new password.":
    "Rhowch y cyfeiriad e-bost rydych chi'n ei ddefnyddio ar gyfer Chorus a byddwn yn anfon dolen atoch i ddewis cyfrinair newydd.",
  'Send reset link': 'Anfon dolen ailosod',
  'Reset your password — Chorus': 'Ailosod eich cyfrinair — Chorus',
  'Sign out of Chorus': 'Allgofnodi o Chorus',
  'You have signed out.': "Rydych wedi allgofnodi.",
  'Sign out — Chorus': 'Allgofnodi — Chorus',
  'This link is not complete. Check you used the whole link from the email.':
    "Nid yw'r ddolen hon yn gyflawn. Gwiriwch eich bod wedi defnyddio'r ddolen gyfan o'r neges e-bost.",
  'This link cannot be used': "Does dim modd defnyddio'r ddolen hon",
  'Ask for a new link': 'Gofyn am ddolen newydd',
  'Choose a new password': 'Dewis cyfrinair newydd',
  'Choose a new password — Chorus': 'Dewis cyfrinair newydd — Chorus',
  'This link is not complete.': "Nid yw'r ddolen hon yn gyflawn.",
  'Your email address is confirmed': "Mae eich cyfeiriad e-bost wedi'i gadarnhau",
  'Thank you. <account>Go to your account</account>.': "Diolch. <account>Ewch i'ch cyfrif</account>.",
  '<account>Go to your account</account> to send a new link.': "<account>Ewch i'ch cyfrif</account> i anfon dolen newydd.",
  'Select the button to confirm this email address belongs to you.': "Dewiswch y botwm i gadarnhau mai chi biau'r cyfeiriad e-bost hwn.",
  'Confirm email address': 'Cadarnhau cyfeiriad e-bost',
  'Confirm your email address — Chorus': 'Cadarnhau eich cyfeiriad e-bost — Chorus',
  'You have been unsubscribed': "Rydych wedi cael eich dad-danysgrifio",
  'We will not email you about {topic} any more. Essential emails about your account still reach you.':
    "Fyddwn ni ddim yn anfon negeseuon e-bost atoch am {topic} mwyach. Bydd negeseuon e-bost hanfodol am eich cyfrif yn dal i'ch cyrraedd.",
  'Changed your mind? <choose>Choose which emails you get</choose>.': "Wedi newid eich meddwl? <choose>Dewiswch pa negeseuon e-bost rydych chi'n eu cael</choose>.",
  '<choose>Choose which emails you get</choose> after signing in.': "<choose>Dewiswch pa negeseuon e-bost rydych chi'n eu cael</choose> ar ôl mewngofnodi.",
  'Unsubscribe from {topic}': 'Dad-danysgrifio o {topic}',
  'You will stop getting these emails. You do not need to sign in.': "Byddwch yn peidio â chael y negeseuon e-bost hyn. Does dim angen i chi fewngofnodi.",
  Unsubscribe: 'Dad-danysgrifio',
  'Unsubscribe — Chorus': 'Dad-danysgrifio — Chorus',
  // --- Changing membership and deleting the account ---------------------------------------------
  'Enter your email address to confirm that you want to delete your account': "Rhowch eich cyfeiriad e-bost i gadarnhau eich bod eisiau dileu eich cyfrif",
  'The email address you entered is not the one on this account. Enter the address you sign in with':
    "Nid y cyfeiriad e-bost a roesoch chi yw'r un ar y cyfrif hwn. Rhowch y cyfeiriad rydych chi'n mewngofnodi ag ef",
  'Delete your account': 'Dileu eich cyfrif',
  'If you delete your account:': "Os byddwch yn dileu eich cyfrif:",
  'your membership payments stop straight away and you will not be charged again (payments already made are not refunded)':
    "bydd eich taliadau aelodaeth yn dod i ben ar unwaith ac ni fydd tâl yn cael ei godi arnoch eto (nid yw taliadau a wnaed eisoes yn cael eu had-dalu)",
  'any membership payments stop straight away and you will not be charged again (payments already made are not refunded)':
    "bydd unrhyw daliadau aelodaeth yn dod i ben ar unwaith ac ni fydd tâl yn cael ei godi arnoch eto (nid yw taliadau a wnaed eisoes yn cael eu had-dalu)",
  'your membership ({number}) ends': "bydd eich aelodaeth ({number}) yn dod i ben",
  'we erase your personal details: your name, email address, registration number, where you work, your email choices and the addresses on emails we sent you':
    "byddwn yn dileu eich manylion personol: eich enw, eich cyfeiriad e-bost, eich rhif cofrestru, ble rydych chi'n gweithio, eich dewisiadau e-bost a'r cyfeiriadau ar negeseuon e-bost a anfonwyd atoch",
  'we keep the records of payments you made, with no personal details in them, because the law on company accounts requires it':
    "byddwn yn cadw cofnodion o'r taliadau a wnaethoch, heb fanylion personol ynddynt, am fod y gyfraith ar gyfrifon cwmnïau yn mynnu hynny",
  'votes you have already cast stay counted, and stay secret: nobody can link them to you':
    "bydd pleidleisiau rydych chi eisoes wedi'u bwrw yn dal i gyfrif, ac yn aros yn gyfrinachol: does neb yn gallu eu cysylltu â chi",
  'your endorsements of position statements are removed, and their counts go down':
    "bydd eich cymeradwyaeth i ddatganiadau safbwynt yn cael ei thynnu, a bydd eu cyfansymiau'n gostwng",
  'comments you made in consultations stay with the officers as part of the record of how a statement was agreed, with your name taken off':
    "bydd sylwadau a wnaethoch mewn ymgyngoriadau yn aros gyda'r swyddogion fel rhan o'r cofnod o sut y cytunwyd ar ddatganiad, heb eich enw",
  'your press account and alert choices are removed': "bydd eich cyfrif y wasg a'ch dewisiadau hysbysiadau yn cael eu tynnu",
  'the press office keeps its log of the briefings you read under embargo (your name, outlet and when), as it does for every embargo, no longer linked to an account':
    "bydd swyddfa'r wasg yn cadw ei chofnod o'r briffiau a ddarllenoch dan embargo (eich enw, eich cyfrwng a phryd), fel y mae'n ei wneud ar gyfer pob embargo, heb gysylltiad â chyfrif mwyach",
  'media enquiries you sent stay with the press office as correspondence, with the contact details you gave in them, but are no longer linked to an account':
    "bydd ymholiadau gan y cyfryngau a anfonoch yn aros gyda swyddfa'r wasg fel gohebiaeth, gyda'r manylion cyswllt a roesoch ynddynt, ond heb gysylltiad â chyfrif mwyach",
  'you are signed out on every device': "byddwch yn cael eich allgofnodi ar bob dyfais",
  'Your account is deleted and your personal details are erased. Thank you for being part of Chorus.':
    "Mae eich cyfrif wedi'i ddileu ac mae eich manylion personol wedi'u dileu. Diolch am fod yn rhan o Chorus.",
  '<strong>You cannot undo this.</strong> To join Chorus again you would need to create a new account.':
    "<strong>Allwch chi ddim dadwneud hyn.</strong> I ymuno â Chorus eto, byddai angen i chi greu cyfrif newydd.",
  'You may want to <download>download a copy of your data</download> first. If you only want to stop paying, manage your payments from <account>your account</account> instead.':
    "Efallai yr hoffech <download>lawrlwytho copi o'ch data</download> yn gyntaf. Os mai dim ond rhoi'r gorau i dalu rydych chi eisiau, rheolwch eich taliadau o <account>eich cyfrif</account> yn lle hynny.",
  'Enter your email address to confirm': 'Rhowch eich cyfeiriad e-bost i gadarnhau',
  'The address you sign in with: {email}': "Y cyfeiriad rydych chi'n mewngofnodi ag ef: {email}",
  'Delete my account': 'Dileu fy nghyfrif',
  'Keep my account': 'Cadw fy nghyfrif',
  'Delete your account — Chorus': 'Dileu eich cyfrif — Chorus',
  'Enter your registration number': 'Rhowch eich rhif cofrestru',
  'You are now a {tier} member. Your next payment is adjusted for the change.': "Rydych chi bellach yn aelod {tier}. Mae eich taliad nesaf wedi'i addasu ar gyfer y newid.",
  'Registration number saved. An officer will verify it, usually within two working days.':
    "Mae'r rhif cofrestru wedi'i gadw. Bydd swyddog yn ei ddilysu, fel arfer o fewn dau ddiwrnod gwaith.",
  'Change your membership': 'Newid eich aelodaeth',
  'Change membership type': 'Newid math o aelodaeth',
  'You can change your membership type once your membership is paid up.': "Gallwch newid eich math o aelodaeth unwaith y bydd eich aelodaeth wedi'i thalu.",
  'Your registration number': 'Eich rhif cofrestru',
  'Changing it means an officer verifies it again before you can vote.': "Os byddwch yn ei newid, bydd swyddog yn ei ddilysu eto cyn y gallwch bleidleisio.",
  'Save registration number': 'Cadw rhif cofrestru',
  'Change your membership — Chorus': 'Newid eich aelodaeth — Chorus',
  // --- Statement of fees paid ---------------------------------------------------------------------
  'Choose a tax year from the list': "Dewiswch flwyddyn dreth o'r rhestr",
  'Choose a tax year from {first} to {latest}': 'Dewiswch flwyddyn dreth rhwng {first} a {latest}',
  'Statement of membership fees paid': "Datganiad o'r ffioedd aelodaeth a dalwyd",
  'Tax year': 'Blwyddyn dreth',
  'Show statement': 'Dangos y datganiad',
  'There is no Chorus membership on this account, so there are no fees to show.': "Does dim aelodaeth Chorus ar y cyfrif hwn, felly does dim ffioedd i'w dangos.",
  'Tax year {label} ({hmrcName})': 'Blwyddyn dreth {label} ({hmrcName})',
  'Professional body': 'Corff proffesiynol',
  'Chorus recorded no membership fees from you in this tax year.': "Ni chofnododd Chorus unrhyw ffioedd aelodaeth gennych yn y flwyddyn dreth hon.",
  'Membership fees paid to Chorus': "Ffioedd aelodaeth a dalwyd i Chorus",
  'Date paid': 'Dyddiad talu',
  Reference: 'Cyfeirnod',
  Amount: 'Swm',
  'Total paid in the tax year': "Cyfanswm a dalwyd yn y flwyddyn dreth",
  'Claiming tax relief': 'Hawlio rhyddhad treth',
  'If you pay your membership yourself and use it in your work, you may be able to claim tax relief on professional fees and subscriptions from HMRC, online, by form P87 or on your Self Assessment tax return. You can claim for the current tax year and the 4 before it.':
    "Os ydych chi'n talu am eich aelodaeth eich hun ac yn ei defnyddio yn eich gwaith, efallai y gallwch hawlio rhyddhad treth ar ffioedd a thanysgrifiadau proffesiynol gan CThEF, ar-lein, drwy ffurflen P87 neu ar eich Ffurflen Dreth Hunanasesiad. Gallwch hawlio ar gyfer y flwyddyn dreth bresennol a'r 4 blaenorol.",
  'HMRC gives relief only for bodies on its approved list of professional organisations and learned societies (List 3). <strong>Check HMRC’s approved list for Chorus before you claim.</strong>':
    "Dim ond ar gyfer cyrff sydd ar ei rhestr gymeradwy o sefydliadau proffesiynol a chymdeithasau dysgedig (Rhestr 3) y mae CThEF yn rhoi rhyddhad. <strong>Gwiriwch fod Chorus ar restr gymeradwy CThEF cyn i chi hawlio.</strong>",
  'Tax relief for professional fees and subscriptions (GOV.UK)': 'Rhyddhad treth ar gyfer ffioedd a thanysgrifiadau proffesiynol (GOV.UK)',
  'Professional bodies approved for tax relief: List 3 (GOV.UK)': 'Cyrff proffesiynol a gymeradwywyd ar gyfer rhyddhad treth: Rhestr 3 (GOV.UK)',
  'Amounts are the membership fees Chorus recorded as received, by the date each payment cleared. To keep a copy, use your browser’s print command; the statement prints on its own.':
    "Y symiau yw'r ffioedd aelodaeth a gofnododd Chorus fel rhai a dderbyniwyd, yn ôl y dyddiad y cliriodd pob taliad. I gadw copi, defnyddiwch orchymyn argraffu eich porwr; bydd y datganiad yn argraffu ar ei ben ei hun.",
  'Statement of membership fees paid — Chorus': "Datganiad o'r ffioedd aelodaeth a dalwyd — Chorus",
  // --- The home page ------------------------------------------------------------------------------
  'One voice for social work': 'Un llais i waith cymdeithasol',
  'Social workers are too often blamed in public and rarely heard. Chorus is the national professional body that speaks for the profession — with evidence, quickly, and with the authority of its members.':
    "Yn rhy aml, mae gweithwyr cymdeithasol yn cael eu beio'n gyhoeddus ac anaml y cânt eu clywed. Chorus yw'r corff proffesiynol cenedlaethol sy'n siarad dros y proffesiwn — gyda thystiolaeth, yn gyflym, a chydag awdurdod ei aelodau.",
  'For you': 'I chi',
  'Ballots you can vote in': 'Pleidleisiau y gallwch bleidleisio ynddynt',
  '({kind, select, motion {motion} other {election}}), closes {closes}': '({kind, select, motion {cynnig} other {etholiad}}), yn cau {closes}',
  'None open to you now. <ballots>See all ballots</ballots>': "Dim un ar agor i chi ar hyn o bryd. <ballots>Gweld pob pleidlais</ballots>",
  'Open consultations': 'Ymgyngoriadau agored',
  ', until {closes}': ', tan {closes}',
  'No draft statement is out for consultation now.': "Does dim datganiad drafft allan i ymgynghoriad ar hyn o bryd.",
  'Latest from the press office': "Y diweddaraf gan swyddfa'r wasg",
  'No briefings yet.': 'Dim briffiau eto.',
  'All briefings in the press room': "Pob briff yn ystafell y wasg",
  'Latest position statements': 'Y datganiadau safbwynt diweddaraf',
  'Adopted {date}': 'Mabwysiadwyd {date}',
  'No statements adopted yet.': "Does dim datganiadau wedi'u mabwysiadu eto.",
  'All position statements': 'Pob datganiad safbwynt',
  'Members in good standing': 'Aelodau mewn trefn',
  'Registered social workers whose registration we have verified and whose dues are paid.':
    "Gweithwyr cymdeithasol cofrestredig yr ydym wedi dilysu eu cofrestriad ac sydd wedi talu eu ffi aelodaeth.",
  '<strong>{count}</strong> in {nation}': '<strong>{count}</strong> yn {nation}',
  '{total} across the four nations.': '{total} ar draws y pedair gwlad.',
  'What Chorus does': "Beth mae Chorus yn ei wneud",
  'Join and belong': 'Ymuno a pherthyn',
  'Registered social workers in all four nations join with their regulator number and pay dues online.':
    "Mae gweithwyr cymdeithasol cofrestredig ym mhob un o'r pedair gwlad yn ymuno gyda'u rhif gan y rheoleiddiwr ac yn talu eu ffi aelodaeth ar-lein.",
  'Vote on what we say': "Pleidleisio ar yr hyn rydym yn ei ddweud",
  'Members elect officers and decide motions in secret ballots that anyone can recount.':
    "Mae aelodau'n ethol swyddogion ac yn penderfynu ar gynigion mewn pleidleisiau cudd y gall unrhyw un eu hailgyfrif.",
  'Position statements': 'Datganiadau safbwynt',
  'Officers consult members before Chorus takes a public position on caseloads, funding or case review reform.':
    "Mae swyddogion yn ymgynghori ag aelodau cyn i Chorus fabwysiadu safbwynt cyhoeddus ar lwythi achosion, cyllid neu ddiwygio adolygiadau achos.",
  'Rapid response': 'Ymateb cyflym',
  "When a story breaks, our press office briefs journalists within minutes, so the profession's view is in the first report.":
    "Pan fydd stori'n torri, mae swyddfa'r wasg yn briffio newyddiadurwyr o fewn munudau, fel bod barn y proffesiwn yn yr adroddiad cyntaf.",
  'The national professional body for social workers: join, vote, and be heard.':
    "Y corff proffesiynol cenedlaethol i weithwyr cymdeithasol: ymunwch, pleidleisiwch, a chewch eich clywed.",
} satisfies Catalog
