// The executable: everything it does is in WebcareCLI, where tests reach the commands in process.
import WebcareCLI

WebcareCommand.main()
