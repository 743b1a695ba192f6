# Lists user mailboxes without a logon in the last $DaysInactive days.
$cutoff = (Get-Date).AddDays(-$DaysInactive)
Get-EXOMailbox -RecipientTypeDetails UserMailbox -ResultSize Unlimited |
    Get-EXOMailboxStatistics -Properties LastLogonTime |
    Where-Object { -not $_.LastLogonTime -or $_.LastLogonTime -lt $cutoff } |
    Select-Object DisplayName, LastLogonTime
