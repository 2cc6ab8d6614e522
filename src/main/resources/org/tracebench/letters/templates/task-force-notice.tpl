# Notice from the Anti-Robocall Multistate Litigation Task Force to a provider that breaks the FCC's
# RMD and traceback mandates.
name: Task Force notice
attachment: none
deadline: response = 21 calendar days roll-forward | Response to the Task Force notice
cite-as: second-caller-id-order = release
---
:::letterhead
{{#each sender.letterhead}}
**{{.}}**
{{/each}}
:::

{{#if sender.headerRight}}
:::right
{{#each sender.headerRight}}
{{.}}
{{/each}}
:::
{{/if}}

{{letter.date}}

:::lines
{{#each recipient.address}}
{{.}}
{{/each}}
:::

{{#if recipient.emails}}
Sent by e-mail to {{recipient.emailsText}}
{{/if}}

**Re: NOTICE from the Anti-Robocall Multistate Litigation Task Force about {{target.name}}’s failure to meet the FCC’s requirements for the Robocall Mitigation Database and/or traceback participation**{{#if letter.fileNumber}} (File No. {{letter.fileNumber}}){{/if}}

{{recipient.salutation}}:

The Anti-Robocall Multistate Litigation Task Force (“Task Force”)[^task-force] has learned that {{target.name}} (“{{target.short}}”) carries calls on or to the U.S. telephone network without meeting certain requirements of the Federal Communications Commission (“FCC”). Under those requirements every voice service provider must: (1) file in the FCC’s Robocall Mitigation Database (“RMD”) a certification and a robocall mitigation plan that explains in detail how the provider avoids originating, carrying or processing illegal robocalls[^rmd-duty]; (2) refuse calls from any provider, foreign or domestic, that is not registered in the RMD[^refuse]; and (3) answer traceback requests within 24 hours of receiving them.[^traceback-duty]

With this Notice the Task Force tells you of its concerns about {{target.short}}’s compliance with some or all of these requirements, and asks {{target.short}} to explain why it is not meeting its obligations to show that it is committed to keeping illegal and suspicious robocalls off its network.

## The Task Force’s findings and concerns about {{target.short}}

{{target.short}} should know that originating or carrying illegal robocalls breaks the Telemarketing Sales Rule (“TSR”),[^tsr] the Telephone Consumer Protection Act (“TCPA”)[^tcpa] and the Truth in Caller ID Act,[^caller-id] as well as state consumer protection laws. State Attorneys General may enforce these federal statutes and rules,[^state-authority] and their own state laws on how illegal robocalls and telemarketing calls are started and carried across the U.S. telephone network.

Every voice service provider, foreign or domestic, must also file a certification and robocall mitigation plan in the RMD, so that the same basic rules cover every provider in the call path and providers are open and accountable,[^rmd-purpose] so that the rules can be enforced,[^rmd-enforcement] and because provider due diligence and call analytics have proved to be central to stopping illegal robocalls.[^rmd-analytics] Every provider must also refuse calls handed to it by a non-gateway intermediate provider that is not registered in the RMD.[^refuse-intermediate]

Every provider in the call path must also answer traceback requests, as a rule within 24 hours,[^24-hours] because quick tracebacks are how investigators find both the callers and the providers that help them,[^rapid] and because providers keep call records for different lengths of time, so a traceback has to finish before a provider shielding a bad actor discards its records.[^records]

The Task Force has reviewed the RMD and call traffic information from industry sources, including USTelecom’s Industry Traceback Group (“ITG”).[^itg] That review shows that {{target.short}} is not meeting one or more of these federal requirements. Some of the Task Force’s findings follow.

{{#each findings.list}}
**{{title}}:** {{text}}
{{#each items}}
- {{.}}
{{/each}}

{{/each}}
{{#if findings.nonResponse}}
Because {{target.short}} will not take part in tracebacks and is the de facto last hop in the call path of these tracebacks, and because it does not answer traceback requests as the FCC requires, the Task Force is concerned that {{target.short}} may in fact be originating these illegal or suspicious calls.

{{/if}}
The ITG estimates that each traced call stands for a large volume of similar illegal or suspicious calls.[^campaign] {{target.short}} is therefore likely to be causing or helping large volumes of illegal or suspicious robocalls to reach U.S. consumers, carried by providers, {{target.short}} among them, that do not meet the FCC’s requirements.

## Action requested in response to this Notice

When {{target.short}} keeps doing any of the following: (1) originating or carrying calls without a certification and robocall mitigation plan in the RMD; (2) accepting and carrying calls from providers that have not filed them; (3) originating or carrying calls without answering traceback requests; or (4) accepting and carrying calls from providers that do not answer traceback requests, it shows that it is not committed to the integrity of the network, and it tells its industry partners and law enforcement that compliance is not a priority for {{target.short}}.

The Task Force therefore asks you to review this Notice and to answer within {{deadlines.response.period}} of its issuance, by {{deadlines.response.date}}, explaining how {{target.short}} will address the concerns set out above.

As a courtesy, we told several of our federal law enforcement partners, including the FCC’s Enforcement Bureau,[^fcc-options] that the Task Force intended to issue this Notice.

{{#if findings.downstream}}
The Task Force will send electronic copies of this Notice to the e-mail addresses of record of the downstream providers named above, and it encourages {{target.short}} to share this Notice with each of its downstream provider customers.{{#if letter.publicationUrl}} This Notice will also be published at {{letter.publicationUrl}}.{{/if}}

{{/if}}
This Notice does not waive or limit the Task Force’s right to bring an enforcement action about conduct before its date, including conduct that led to violations connected with the call traffic and conduct described in this Notice.

The Task Force remains determined to cut illegal robocall traffic substantially.{{#if letter.inquiries}} Please send any questions about this Notice to {{letter.inquiries}}.{{/if}}

:::signature
Sincerely,



{{#each sender.signature}}
{{.}}
{{/each}}
:::

[^task-force]: The Anti-Robocall Multistate Litigation Task Force is a bipartisan group of 51 State Attorneys General, led by the Attorneys General of Indiana, North Carolina and Ohio, that investigates and brings enforcement actions against those in the robocall ecosystem found responsible for large volumes of illegal and fraudulent robocalls routed into and across the country.
[^rmd-duty]: See [@rmd-ro 16 ¶28 to 29 ¶52]; [@cfr-47-64-6305 (d)–(f)].
[^refuse]: See [@rmd-ro 31 ¶58]; [@cfr-47-64-6305 (g)]; see also [@second-caller-id-order 48 ¶90, 49 ¶93].
[^traceback-duty]: See [@all-provider-traceback-ro 9 ¶21 to 11 ¶28]; [@gateway-rmd-traceback-ro 30 ¶65 to 32 ¶70]; [@cfr-47-64-6305 (a)(2), (b)(2), and (c)(2)]; [@cfr-47-64-6305 (d)(2)(iii), (e)(2)(iii), and (f)(2)(iii)].
[^tsr]: [@usc-15-6101]; [@cfr-16 §§ 310.3, 310.4]. Under the TSR a voice service provider may not give substantial help to a customer that the provider “knows or consciously avoids knowing” is engaged in deceptive or abusive telemarketing. [@cfr-16-310-3 (b)].
[^tcpa]: [@usc-47-227]; [@cfr-47 §§ 64.1200, 64.1604]. Under the TCPA the FCC adopted rules that restrict calls made with automatic telephone dialing systems and calls with artificial or prerecorded voice messages, [@usc-47-227 (b)(1)(A)(iii), (b)(1)(B)]; [@cfr-47-64-1200 (a)(1)–(3)], and that generally forbid telephone solicitations to numbers on the National Do Not Call Registry. [@usc-47-227 (c)]; [@cfr-47-64-1200 (c)(2)]. The TCPA also restricts artificial or prerecorded voice messages that do not state who is calling and at what number, and advertising or telemarketing messages without an automated opt-out. [@usc-47-227 (d)(3)]; [@cfr-47-64-1200 (b)].
[^caller-id]: [@usc-47-227 (e)]; [@cfr-47-64-1604]. The federal Truth in Caller ID Act generally makes it unlawful to “knowingly transmit misleading or inaccurate caller identification information with the intent to defraud, cause harm, or wrongfully obtain anything of value.” [@usc-47-227 (e)]; [@cfr-47-64-1604].
[^state-authority]: State Attorneys General share with the Federal Trade Commission the power to sue for damages, restitution or other compensation for their residents for violations of the TSR. [@usc-15-6103]; [@cfr-16-310-7]. They may sue to stop calls that violate the TCPA and recover civil penalties for *each violation*. [@usc-47-227 (g)(1)]. They may also enforce the Truth in Caller ID Act’s ban on illegal spoofing, [@usc-47-227 (e)(6)], with civil penalties of up to $10,000 for each violation or three times that amount for each day a violation continues, on top of any other TCPA penalties. [@usc-47-227 (e)(5)(A), (e)(6)(A)].
[^rmd-purpose]: See [@rmd-ro 21 ¶38]; [@cfr-47-64-6305 (d)–(f), (g)(2)]; see also [@second-caller-id-order 49 ¶93] (foreign providers that use U.S. numbers to reach U.S. subscribers must file the same certification as U.S. providers to be listed in the database).
[^rmd-enforcement]: See [@rmd-ro 21 ¶38].
[^rmd-analytics]: See [@rmd-ro 23 ¶41].
[^refuse-intermediate]: See [@rmd-ro 31 ¶58]; [@cfr-47-64-6305 (g)(4)].
[^24-hours]: See [@all-provider-traceback-ro 9 ¶21 to 11 ¶28]; [@gateway-rmd-traceback-ro 30 ¶65 to 32 ¶70]; [@cfr-47-64-6305 (a)(2), (b)(2), (c)(2), (d)(2)(iii), (e)(2)(iii), and (f)(2)(iii)].
[^rapid]: See [@all-provider-traceback-ro 9 ¶22].
[^records]: See [@all-provider-traceback-ro 9 ¶22].
[^itg]: Founded in 2015, the ITG is a private group of wireline, wireless, VoIP and cable providers that traces suspected illegal and suspicious robocalls back to their sources. In December 2019 Congress passed the Pallone–Thune Telephone Robocall Abuse Criminal Enforcement and Deterrence Act (“TRACED Act”) to fight unlawful robocalls. *See* [-@traced-act § 13(d)]. The FCC then named the ITG the official traceback consortium that leads the industry’s work to trace suspected illegal robocalls through the networks. See [@cfr-47-64-1203].
[^campaign]: [@itg-policies 4 | a “campaign” is a group of calls with identical or nearly identical messages, judged by content and calling pattern, and one campaign often stands for hundreds of thousands or millions of calls].
[^fcc-options]: The FCC has several enforcement tools, among them a cease-and-desist letter, see, e.g., [@avid-telecom-cd]; [@pz-illum-cd]; a K4 public notice, see [@one-eye-k4]; a notice of apparent liability, see, e.g., [@rising-eagle-nal]; a Consumer Communications Information Services Threat (“C-CIST”) designation notice, see [@royal-tiger-ccist]; and proceedings that can end in removal from the Robocall Mitigation Database, see, e.g., [@rmd-removal-order-2024]. Removal, once ordered, would require every intermediate provider and terminating voice service provider to stop accepting your call traffic.
