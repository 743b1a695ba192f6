# Checks the runbooks listed in a manifest (written by test/repository/powershell/powershell.ts), in one process:
# (a) PowerShell's own parser reads each without error; (b) a Pester 6 suite runs each with
# Connect-ExchangeOnline, Disconnect-ExchangeOnline and the Exchange cmdlets mocked (runbooks.Tests.ps1).
# Writes one JSON result file: parse errors per runbook and the result of every Pester test.
param(
    [Parameter(Mandatory)][string]$Manifest,
    [Parameter(Mandatory)][string]$Pester,
    [Parameter(Mandatory)][string]$Result
)
$ErrorActionPreference = 'Stop'
$cases = @(Get-Content -Raw -LiteralPath $Manifest | ConvertFrom-Json -AsHashtable)
$parsed = foreach ($case in $cases) {
    $tokens = $null
    $errors = $null
    $text = [System.IO.File]::ReadAllText($case.file)
    [void][System.Management.Automation.Language.Parser]::ParseInput($text, [ref]$tokens, [ref]$errors)
    [pscustomobject]@{
        id     = $case.id
        errors = @($errors | ForEach-Object { "line $($_.Extent.StartLineNumber): $($_.Message)" })
    }
}
Import-Module -Name $Pester
$configuration = New-PesterConfiguration
$configuration.Run.Container = New-PesterContainer -Path (Join-Path $PSScriptRoot 'runbooks.Tests.ps1') -Data @{ Cases = $cases }
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'None'
$run = Invoke-Pester -Configuration $configuration
$tests = foreach ($test in $run.Tests) {
    [pscustomobject]@{
        id     = $test.Block.ExpandedName
        name   = $test.ExpandedName
        result = "$($test.Result)"
        error  = "$($test.ErrorRecord | Select-Object -First 1)"
    }
}
[pscustomobject]@{ parse = @($parsed); tests = @($tests) } | ConvertTo-Json -Depth 5 | Set-Content -LiteralPath $Result -Encoding utf8
