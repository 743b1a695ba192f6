# Read by RunbookScript.fromFile at synth time (path relative to the consumer project).
$since = (Get-Date).AddDays(-[int]$DaysBack)
$count = @(Get-EXOMailbox -ResultSize Unlimited -Properties WhenCreated | Where-Object { $_.WhenCreated -ge $since }).Count
Write-Output "Mailboxes created since ${since}: $count"
