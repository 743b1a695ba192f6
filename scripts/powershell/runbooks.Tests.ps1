# Pester 6 suite over generated runbooks (see check-runbooks.ps1). Each case names the runbook file, the
# organization and client id it must connect with (no client id: a system-assigned identity), the
# parameters a schedule passes, and what the run must show (output, exit code, error, cmdlets called).
param([object[]]$Cases)

BeforeDiscovery {
    $script:Discovered = $Cases
}

BeforeAll {
    # Stand-ins with the parameters the runbooks pass; Pester mocks them in each test.
    function global:Connect-ExchangeOnline {
        [CmdletBinding()]
        param([switch]$ManagedIdentity, [string]$Organization, [string]$ManagedIdentityAccountId, [switch]$ShowBanner)
    }
    function global:Disconnect-ExchangeOnline {
        [CmdletBinding(SupportsShouldProcess)]
        param()
    }
    $script:ExchangeCmdlets = @(
        'Get-Mailbox', 'Get-EXOMailbox', 'Set-Mailbox', 'Get-MailboxStatistics', 'Get-EXOMailboxStatistics', 'Get-AcceptedDomain',
        'Get-User', 'Set-User', 'Get-Recipient', 'Get-EXORecipient', 'Get-DistributionGroup', 'Get-DistributionGroupMember',
        'Add-DistributionGroupMember', 'Remove-DistributionGroupMember', 'Get-UnifiedGroup', 'Get-MailboxPermission',
        'Add-MailboxPermission', 'Get-RecipientPermission', 'Add-RecipientPermission', 'Get-CASMailbox', 'Set-CASMailbox',
        'Get-EXOCasMailbox', 'Set-MailboxAutoReplyConfiguration', 'Get-MailboxAutoReplyConfiguration', 'Get-OrganizationConfig',
        'Get-TransportRule', 'Get-MessageTrace', 'Get-MessageTraceV2', 'Get-MailContact', 'New-MailContact', 'Set-MailContact',
        'Remove-MailContact', 'Get-Contact', 'Get-InboxRule', 'Get-MailboxFolderStatistics', 'Get-EXOMailboxFolderStatistics',
        'Set-MailboxRegionalConfiguration', 'Get-MailboxRegionalConfiguration', 'Get-QuarantineMessage', 'Get-ConnectionInformation'
    )
    foreach ($name in $script:ExchangeCmdlets) {
        $null = New-Item -Path "function:global:$name" -Force -Value {
            [CmdletBinding(SupportsShouldProcess)]
            param([Parameter(ValueFromPipeline)]$InputObject, [Parameter(ValueFromRemainingArguments)]$Rest)
            process { }
        }
    }
    $script:Sample = {
        [pscustomobject]@{
            Identity = 'user1@contoso.onmicrosoft.com'; UserPrincipalName = 'user1@contoso.onmicrosoft.com'
            PrimarySmtpAddress = 'user1@contoso.onmicrosoft.com'; DisplayName = 'User One'; Name = 'User One'
            DomainName = 'contoso.onmicrosoft.com'; WhenCreated = (Get-Date); LastLogonTime = (Get-Date).AddDays(-400)
            TotalItemSize = '1 GB'; ItemCount = 3; RecipientTypeDetails = 'UserMailbox'; AuditEnabled = $false
        }
    }

    function script:Invoke-Runbook($Case) {
        $arguments = @{}
        if ($Case.parameters) {
            foreach ($name in $Case.parameters.Keys) {
                $arguments[$name] = $Case.parameters[$name]
            }
        }
        $global:LASTEXITCODE = 0
        $thrown = $null
        $output = try {
            & $Case.file @arguments *>&1 | Out-String -Width 4096
        }
        catch {
            $thrown = $_
        }
        [pscustomobject]@{ Output = "$output"; Thrown = $thrown; ExitCode = $global:LASTEXITCODE }
    }
}

Describe '<id>' -ForEach $Discovered {
    BeforeEach {
        Mock Connect-ExchangeOnline { }
        Mock Disconnect-ExchangeOnline { }
    }

    BeforeAll {
        # Mocking costs time: only the Exchange cmdlets the runbook names are mocked (the rest stay stubs).
        $text = [System.IO.File]::ReadAllText($_.file)
        $script:Used = @($ExchangeCmdlets | Where-Object { $text.IndexOf($_, [System.StringComparison]::OrdinalIgnoreCase) -ge 0 })
    }

    It 'parses, connects once as the managed identity, runs the body with its parameters, then disconnects' {
        foreach ($name in $Used) {
            Mock $name $Sample
        }
        $run = Invoke-Runbook $_
        $expect = $_.expect
        if ($expect.throws) {
            "$($run.Thrown)" | Should -BeLike "*$($expect.throws)*"
        }
        else {
            $run.Thrown | Should -BeNullOrEmpty
        }
        $run.ExitCode | Should -Be ([int]$expect.exitCode)
        foreach ($text in @($expect.output)) {
            if ($text) { $run.Output | Should -BeLike "*$text*" }
        }
        foreach ($name in @($expect.invokes)) {
            if ($name) { Should -Invoke $name -Scope It }
        }
        if (-not $expect.invokes -and $Used.Count -gt 0) {
            # The body ran: at least one Exchange cmdlet it names was called.
            $called = @($Used | Where-Object { $name = $_; try { Should -Invoke $name -Scope It; $true } catch { $false } })
            $called.Count | Should -BeGreaterThan 0 -Because "the body names $($Used -join ', ')"
        }
        $organization = $_.organization
        $accountId = $_.accountId
        $connects = if ($expect.connects) { [int]$expect.connects } else { 1 }
        Should -Invoke Connect-ExchangeOnline -Times $connects -Exactly -Scope It
        Should -Invoke Connect-ExchangeOnline -Times $connects -Exactly -Scope It -ParameterFilter {
            $ManagedIdentity -and $Organization -eq $organization -and $(if ($accountId) { $ManagedIdentityAccountId -eq $accountId } else { -not $PSBoundParameters.ContainsKey('ManagedIdentityAccountId') })
        }
        Should -Invoke Disconnect-ExchangeOnline -Times 1 -Exactly -Scope It
    }

    It 'disconnects when an Exchange cmdlet fails, and the failure decides the outcome' {
        foreach ($name in $Used) {
            Mock $name { throw 'mocked Exchange failure' }
        }
        $run = Invoke-Runbook $_
        $failed = @($Used | Where-Object { $name = $_; try { Should -Invoke $name -Scope It; $true } catch { $false } })
        if ($failed.Count -gt 0 -and -not $_.expect.handlesErrors -and -not $_.expect.throws -and $null -eq $_.expect.exitCode) {
            "$($run.Thrown)" | Should -BeLike '*mocked Exchange failure*'
        }
        Should -Invoke Disconnect-ExchangeOnline -Times 1 -Exactly -Scope It
    }
}
