// The name of the Exchange Online PowerShell module, as the PowerShell Gallery and Azure Automation know it.

/**
 * Package name of the Exchange Online PowerShell module in the PowerShell Gallery: the name an Automation
 * account imports it under, and that `azurerm_automation_module`, `azurerm_automation_powershell72_module`
 * and `azurerm_automation_runtime_environment_package` carry as `name`.
 * Source: https://learn.microsoft.com/powershell/exchange/connect-exo-powershell-managed-identity
 * (`New-AzAutomationModule ... -Name ExchangeOnlineManagement -ContentLinkUri
 * https://www.powershellgallery.com/packages/ExchangeOnlineManagement/<LatestModuleVersion>`), and
 * https://learn.microsoft.com/powershell/exchange/exchange-online-powershell-v2
 * (`Install-Module -Name ExchangeOnlineManagement`); MicrosoftDocs/office-docs-powershell
 * exchange/docs-conceptual, at 93336da2bc (2026-08-21).
 */
export const EXCHANGE_MODULE = 'ExchangeOnlineManagement';
