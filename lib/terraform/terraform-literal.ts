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

// A cdktf string token, as cdktf encodes it (`${TfToken[TOKEN.12]}`; cdktf lib/tokens/private/encoding.js
// STRING_TOKEN_REGEX, the same in CDK Terrain). A character class followed by a literal: no backtracking.
const STRING_TOKEN = /\$\{TfToken\[[a-zA-Z0-9:._-]+\]\}/g;

/**
 * Escapes the literal parts of `text` for Terraform's template engine and leaves the tokens in it (Terraform
 * references, variables) live: `${env:TEMP}\report-${var.tenant}` keeps `${var.tenant}` a reference.
 */
export function escapeLiteralParts(text: string): string {
  let result = '';
  let last = 0;
  for (const match of text.matchAll(STRING_TOKEN)) {
    result += escapeTerraformTemplate(text.slice(last, match.index)) + match[0];
    last = (match.index as number) + match[0].length;
  }
  return result + escapeTerraformTemplate(text.slice(last));
}
