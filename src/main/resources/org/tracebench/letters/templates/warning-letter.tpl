# Warning letter from the Anti-Robocall Multistate Litigation Task Force to one provider, with its own
# traceback counts, campaigns and estimated volumes. Generate one per provider (several cases at once).
name: Warning letter
attachment: none
deadline: response = 30 calendar days roll-forward | Response to the Task Force warning letter
---
:::letterhead
{{#each sender.letterhead}}
**{{.}}**
{{/each}}
:::

{{letter.date}}

:::lines
{{#if recipient.person}}
{{recipient.person}}
{{/if}}
{{#if recipient.title}}
{{recipient.title}}
{{/if}}
{{#each recipient.address}}
{{.}}
{{/each}}
:::

{{#if recipient.emails}}
Sent by e-mail to {{recipient.emailsText}}
{{/if}}

**Re: Warning about suspected illegal robocall traffic carried by {{target.name}}**{{#if letter.fileNumber}} (File No. {{letter.fileNumber}}){{/if}}

{{recipient.salutation}}:

The Anti-Robocall Multistate Litigation Task Force (“Task Force”), a bipartisan group of 51 State Attorneys General, has investigated {{target.name}} (“{{target.short}}”). Call traffic information gathered by USTelecom’s Industry Traceback Group (“ITG”), the industry’s traceback consortium, shows that calls {{target.short}} originated, accepted or carried onto and across the U.S. telephone network were flagged as suspicious or likely illegal. Each time that happens, the ITG sends the provider a traceback notice.

{{#if findings.warning}}
**{{findings.warning.title}}:** {{findings.warning.text}}
{{#each findings.warning.items}}
- {{.}}
{{/each}}

{{/if}}
{{#each findings.list}}
**{{title}}:** {{text}}
{{#each items}}
- {{.}}
{{/each}}

{{/each}}
{{#if warning.volumes}}
**Estimated volumes:**
{{#each warning.volumes}}
- {{.}}
{{/each}}

{{/if}}
{{#if warning.otherFacts}}
{{#each warning.otherFacts}}
{{.}}

{{/each}}
{{/if}}
The Task Force has shared these findings with the Federal Communications Commission, which will consider what steps to take next.[^fcc-tools] If {{target.short}} continues to carry robocalls in breach of state and federal law,[^laws] the Task Force may take further legal action against the company and its owners.

Please answer within {{deadlines.response.period}}, by {{deadlines.response.date}}, describing what {{target.short}} has done to stop this traffic.{{#if letter.inquiries}} Send questions about this letter to {{letter.inquiries}}.{{/if}}

:::signature
Sincerely,



{{#each sender.signature}}
{{.}}
{{/each}}
:::

[^fcc-tools]: See, e.g., [@avid-telecom-cd]; [@one-eye-k4]; [@rmd-removal-order-2024].
[^laws]: See [@usc-47-227]; [@cfr-47-64-1200]; [@usc-15-6101]; [@cfr-16-310-3 (b)].
