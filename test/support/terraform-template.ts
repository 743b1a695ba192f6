// A small model of how Terraform reads a string in Terraform JSON: as a template. `$${` and `%%{` are
// escapes for `${` and `%{`; an unescaped `${ref}` interpolates (rendered here as `<ref>`); an unescaped
// `%{` starts a directive, which literal PowerShell must never do. Used to prove that runbook text
// reaches Azure byte-for-byte.
export function evaluateTerraformTemplate(template: string): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    if (template.startsWith('$${', i)) {
      out += '${';
      i += 3;
    } else if (template.startsWith('%%{', i)) {
      out += '%{';
      i += 3;
    } else if (template.startsWith('${', i)) {
      const end = template.indexOf('}', i);
      out += `<${template.slice(i + 2, end)}>`;
      i = end + 1;
    } else if (template.startsWith('%{', i)) {
      throw new Error(`Terraform would read a template directive at offset ${i}: ${template.slice(i, i + 20)}`);
    } else {
      out += template[i];
      i += 1;
    }
  }
  return out;
}
