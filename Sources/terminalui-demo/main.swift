import TerminalUI

// Placeholder until the demo screen lands.
