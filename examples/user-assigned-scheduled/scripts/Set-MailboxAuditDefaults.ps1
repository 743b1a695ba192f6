# Turns mailbox auditing on for every user mailbox created in the last $DaysBack days.
# PowerShell text such as ${env:COMPUTERNAME} and %{ } reaches Azure unchanged.
$since = (Get-Date).AddDays(-[int]$DaysBack)
$mailboxes = Get-EXOMailbox -RecipientTypeDetails UserMailbox -ResultSize Unlimited -Properties WhenCreated |
    Where-Object { $_.WhenCreated -ge $since }
foreach ($mailbox in $mailboxes) {
    Set-Mailbox -Identity $mailbox.UserPrincipalName -AuditEnabled $true
    Write-Output "Auditing on for $($mailbox.UserPrincipalName) (worker ${env:COMPUTERNAME})"
}
$summary = @{ Count = @($mailboxes).Count; Since = $since }
$summary.GetEnumerator() | ForEach-Object { "{0}: {1}" -f $_.Key, $_.Value } | Write-Output
