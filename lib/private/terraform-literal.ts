// Escaping for text that must reach Azure byte-for-byte through Terraform.
//
// Every string in Terraform JSON is a template: `${...}` interpolates and `%{...}` is a directive. So
// PowerShell such as `"${env:COMPUTERNAME}"` or `%{ $_ }` would be read (and rejected or rewritten) by
// Terraform. Escaping `${` as `$${` and `%{` as `%%{` makes Terraform emit them literally; nothing else
// needs escaping because JSON already carries newlines, quotes and backslashes.
//
// Not Fn.rawString: in cdktf 0.21 it also turns newlines into the two characters `\n` and quotes into `\"`
// (escapes meant for an HCL expression), which corrupts a multi-line script in the JSON output.

/** Escapes literal text so that Terraform's template engine passes it through unchanged. */
export function escapeTerraformTemplate(text: string): string {
  // Function replacers: in a replacement *string*, JavaScript reads `$$` as one `$`.
  return text.replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{');
}
