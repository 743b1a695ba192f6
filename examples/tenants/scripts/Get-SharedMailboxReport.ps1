# Lists shared mailboxes with their size.
Get-EXOMailbox -RecipientTypeDetails SharedMailbox -ResultSize Unlimited |
    Get-EXOMailboxStatistics |
    Select-Object DisplayName, TotalItemSize, ItemCount |
    Format-Table -AutoSize
