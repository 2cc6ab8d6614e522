# FCC Enforcement Bureau cease-and-desist letter to an originating provider.
name: FCC cease-and-desist letter
attachment: traced-calls
attachment-title: ATTACHMENT A
deadline: mitigate = 48 hours | Mitigate the identified illegal traffic and tell the Commission and the Traceback Consortium what was done
deadline: measures = 14 calendar days from-next-day | Report the robocall mitigation measures in place to the Commission and the Traceback Consortium
citations: agency
cite-as: second-caller-id-order = reporter | *Call Authentication Trust Anchor*
---
:::letterhead
{{#each sender.letterhead}}
**{{.}}**
{{/each}}
:::

{{letter.date}}

**{{letter.delivery}}**

:::lines
To: {{recipient.person}}
{{#if recipient.title}}
{{recipient.title}}
{{/if}}
{{#each recipient.address}}
{{.}}
{{/each}}
:::

{{#if recipient.ccAddress}}
:::lines
cc: {{recipient.ccAddressFirst}}
{{#each recipient.ccAddressRest}}
{{.}}
{{/each}}
:::
{{/if}}

:::lines
{{#each recipient.emails}}
{{.}}
{{/each}}
:::

**Re: Official Correspondence from the Federal Communications Commission**{{#if letter.fileNumber}} (File No. {{letter.fileNumber}}){{/if}}

Dear {{recipient.salutation}},

Our review shows that {{target.name}} ({{target.short}}) apparently originates illegal robocall traffic for one or more of its customers. Investigate now and, where needed, stop carrying that traffic at once and take steps so that your network no longer serves as a source of apparently illegal robocalls. If you do not (1) take steps to “effectively mitigate illegal traffic within 48 hours” and (2) tell the Commission and the Traceback Consortium, within {{deadlines.measures.period}} of the date of this letter ({{deadlines.measures.date}}), which steps you have taken to “implement effective measures” against customers using your network for illegal calls, downstream voice service providers may **block all of {{target.short}}’s traffic**.[^k4] Should you keep originating illegal robocall campaigns, knowingly or negligently, after answering this letter, **we may remove your certification from the Robocall Mitigation Database, and every intermediate and terminating provider would then have to stop accepting your traffic.**[^removal]

**Why we find apparent violations.** {{findings.origination.text}} The Enforcement Bureau (Bureau) of the Federal Communications Commission works with USTelecom’s Industry Traceback Group (Traceback Consortium), the consortium chosen under the TRACED Act to run tracebacks.[^consortium] Between {{attachment.window}}, the Traceback Consortium looked into prerecorded-voice calls that providers’ honeypots (unassigned numbers kept to catch illegal robocalls) and YouMail customers had flagged as illegal calls made without consent.[^violation] Its tracebacks found that {{target.short}} originated these calls, and it told you about each of them at the time, with access to the supporting data, as Attachment A shows. That so many tracebacks end at {{target.short}} as the originator suggests that you are knowingly or negligently originating illegal robocalls. Providers that do so face serious consequences under our rules, including blocking of all their traffic by downstream providers. To avoid that, act now.

**What you should do now.** {{target.short}} should:

1. Investigate promptly the calls listed in Attachment A.
2. Where needed, “effectively mitigate” this unlawful traffic: find its source and stop that source from originating more of it.
3. Put effective safeguards in place so that customers cannot use your network to originate illegal calls.
4. Within {{deadlines.mitigate.period}}, tell the Commission and the Traceback Consortium what you did to mitigate the apparently illegal traffic identified here. If you have evidence that the calls in Attachment A were lawful, send that evidence to both.
5. Within {{deadlines.measures.period}} of the date of this letter ({{deadlines.measures.date}}), tell the Commission and the Traceback Consortium how {{target.short}} is preventing customers from using its network for illegal robocalls (its robocall mitigation measures).[^measures] If you do not send this within the {{deadlines.measures.period}}, we will treat it as a failure to put effective measures in place.[^more-time]

**What happens if you do not comply.** If {{target.short}} still routes or carries illegal robocall traffic from the sources behind these campaigns {{deadlines.mitigate.period}} after this letter issues, downstream providers in the United States may start blocking all calls from {{target.short}} once they have notified the Commission and briefly stated why.[^safe-harbor] If {{target.short}} does not take enough action to stop new and renewing customers from originating illegal robocalls through its network, downstream providers in the United States may block its calls after notifying the Commission. **Missing these deadlines allows providers in the United States to block ALL traffic coming from your network, permanently.**

Moreover, if you do not take the steps above, or keep originating unlawful robocall campaigns knowingly or negligently after answering this letter, we may find your certification in the Robocall Mitigation Database deficient and order it removed.[^deficient] Once a certification is removed, every intermediate provider and terminating voice service provider must immediately stop accepting all of your calls.[^removed-effect] **We will treat further origination of illegal robocalls after this notice as evidence that your certification is defective and may start proceedings to remove it from the Robocall Mitigation Database.**[^proceedings] You will be able to answer that notice.[^answer]

{{#if letter.inquiries}}
Please send any questions or responses about this letter to {{letter.inquiries}}{{#if letter.ccInquiries}}, with a copy to {{letter.ccInquiries}}{{/if}}. We have sent a copy of this letter to the Traceback Consortium.
{{/if}}

:::signature
Sincerely,



{{#each sender.signature}}
{{.}}
{{/each}}
:::

[^k4]: See [@cfr-47-64-1200 (k)(4)].
[^removal]: [@second-caller-id-order 1903, para. 83 & 1904, para. 86]; [@cfr-47-64-6305].
[^consortium]: [@consortium-selection-order]. See also [@traced-act § 13(d)].
[^violation]: See [@usc-47-227 (b)]; [@cfr-47-64-1200 (a)].
[^measures]: See [@call-blocking-safe-harbor 7630, para. 43].
[^more-time]: If you expect to need more time for this step, you are encouraged to contact the Commission before the deadline.
[^safe-harbor]: The Commission authorized voice service providers to block illegal robocalls in July 2020. [@call-blocking-safe-harbor 7628, para. 37]; see also [@cfr-47-64-1200 (k)(3)-(4)]. When the Commission identifies illegal traffic, for example through the Traceback Consortium’s tracebacks, it may notify the provider carrying it; that provider should then investigate promptly and take the steps needed to keep the illegal caller off its network. If the notified provider does not effectively mitigate within 48 hours, any downstream provider may block its calls. [@call-blocking-safe-harbor 7628-29, para. 39]. A provider that decides to block must first notify the Commission and briefly state its reasons. [@call-blocking-safe-harbor 7630, para. 42]; [@cfr-47-64-1200 (k)(4)]. If the notified provider does not implement effective measures against new and renewing customers originating illegal calls, downstream providers may likewise block its calls. [@call-blocking-safe-harbor 7630, para. 43]; [@cfr-47-64-1200 (k)(3)-(4)]. Here too, a provider that chooses to block the notified provider’s calls must tell the Commission beforehand and give a short statement of its reasons. [@call-blocking-safe-harbor 7630, para. 43]; [@cfr-47-64-1200 (k)(4)].
[^deficient]: See [@second-caller-id-order 1905, para. 88]. [@rmd-website].
[^removed-effect]: [@cfr-47-64-6305 (c)]. See [@second-caller-id-order 1904, para. 86]; [@rmd-opening-notice].
[^proceedings]: See [@second-caller-id-order 1902, 1905, paras. 81, 88].
[^answer]: [@second-caller-id-order 1905, para. 88].
